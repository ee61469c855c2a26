package cn.wuhan.qualityaward.approval;

import cn.wuhan.qualityaward.nomination.CycleOutcome;

/** A scored nomination and the outcome the announcement gave it. */
public record Announced(long nominationId, String referenceNo, CycleOutcome outcome) {}
