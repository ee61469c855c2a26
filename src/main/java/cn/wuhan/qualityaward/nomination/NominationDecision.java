package cn.wuhan.qualityaward.nomination;

import java.time.Instant;

/** One recorded decision on a nomination, kept for the office's records. */
public record NominationDecision(String stage, String decision, String reason, String actor, Instant decidedAt) {}
