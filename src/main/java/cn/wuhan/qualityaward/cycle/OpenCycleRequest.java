package cn.wuhan.qualityaward.cycle;

/**
 * What the office enters to open a cycle. Deadlines are ISO-8601 date-times, with or without an
 * offset (Wuhan time when without); {@code noticePeriod} may be empty to take the default;
 * {@code criteriaVersionId} is the number of a published criteria version (评定标准版本), or null for
 * the newest published one.
 */
public record OpenCycleRequest(
        String id,
        String name,
        String nominationDeadline,
        String scoringDeadline,
        String noticePeriod,
        Long criteriaVersionId) {

    /** A cycle scored by the newest published criteria version. */
    public OpenCycleRequest(
            String id, String name, String nominationDeadline, String scoringDeadline, String noticePeriod) {
        this(id, name, nominationDeadline, scoringDeadline, noticePeriod, null);
    }
}
