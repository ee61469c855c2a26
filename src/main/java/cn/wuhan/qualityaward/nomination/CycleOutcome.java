package cn.wuhan.qualityaward.nomination;

/** How a scored nomination leaves the cycle once the list is approved. */
public enum CycleOutcome {
    AWARDED,
    NOT_AWARDED,
    /** Proposed, then taken off the list because an objection was upheld during the public notice. */
    WITHDRAWN
}
