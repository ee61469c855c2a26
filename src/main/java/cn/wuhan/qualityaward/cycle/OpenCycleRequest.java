package cn.wuhan.qualityaward.cycle;

/**
 * What the office enters to open a cycle. Deadlines are ISO-8601 date-times, with or without an
 * offset (Wuhan time when without); {@code noticePeriod} may be empty to take the default.
 */
public record OpenCycleRequest(
        String id, String name, String nominationDeadline, String scoringDeadline, String noticePeriod) {}
