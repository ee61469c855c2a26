package cn.wuhan.qualityaward.common;

/**
 * One problem with one input field: {@code code} is for programs, {@code message} is Chinese for people.
 */
public record FieldProblem(String field, String code, String message) {}
