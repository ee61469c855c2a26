package cn.wuhan.qualityaward.criteria;

import java.time.Instant;

/** A line of the list of criteria versions: everything but the rubric itself. */
public record CriteriaSummary(
        long id,
        String label,
        CriteriaStatus status,
        String statusLabel,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt) {}
