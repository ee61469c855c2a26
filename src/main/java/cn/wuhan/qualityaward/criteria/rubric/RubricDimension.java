package cn.wuhan.qualityaward.criteria.rubric;

import java.math.BigDecimal;
import java.util.List;

/** A scored dimension of a part, such as 政治素质（4分）. */
public record RubricDimension(String id, String name, BigDecimal points, List<RubricItem> items) {}
