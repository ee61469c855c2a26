package cn.wuhan.qualityaward.api;

import cn.wuhan.qualityaward.common.FieldProblem;
import java.util.List;

/** Every /api error: a code for programs, a Chinese message for people, and the fields at fault. */
public record ApiError(String code, String message, List<FieldProblem> errors) {

    public static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
