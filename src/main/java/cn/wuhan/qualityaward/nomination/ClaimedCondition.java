package cn.wuhan.qualityaward.nomination;

/** A condition of 其他人员 that the nominee claims to meet, and why. */
public record ClaimedCondition(String conditionId, String justification) {}
