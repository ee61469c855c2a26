package cn.wuhan.qualityaward.nomination;

/** A nomination of the cycle {@code cycleId} has its final score. */
public record NominationEvaluated(String cycleId) {}
