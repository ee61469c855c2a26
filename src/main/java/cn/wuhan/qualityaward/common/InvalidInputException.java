package cn.wuhan.qualityaward.common;

import java.util.List;
import java.util.stream.Collectors;

/** A request that breaks a business rule; carries every problem found, each tied to its field. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String code, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, code, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
