package cn.wuhan.qualityaward.criteria.rubric;

/** One of the conditions listed for 其他人员 (the seed's lines starting with ——). */
public record RubricCondition(String id, String text) {}
