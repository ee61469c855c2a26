package cn.wuhan.qualityaward.criteria.rubric;

import java.math.BigDecimal;

/**
 * One scored line of the rubric. {@code heading} groups the lines of a 结果 dimension (工作绩效,
 * 创新成果…); {@code pointsNote} explains points the official text does not state.
 */
public record RubricItem(String id, String heading, String text, BigDecimal points, String pointsNote) {}
