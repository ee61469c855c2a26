package cn.wuhan.qualityaward.criteria.rubric;

import java.math.BigDecimal;
import java.util.List;

/** 一、基本条件 / 二、职业素养 / 三、关键要求. */
public record RubricPart(String id, String name, BigDecimal points, List<RubricDimension> dimensions) {}
