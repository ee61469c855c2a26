package cn.wuhan.qualityaward.common;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The award's configurable defaults; a cycle may override the timers when it starts. */
@ConfigurationProperties(prefix = "award")
public record AwardProperties(Timers timers, Panel panel, Scoring scoring, Committee committee, Documents documents) {

    /** ISO-8601 durations. */
    public record Timers(String noticePeriod, String correctionPeriod, String investigationPeriod) {}

    /** {@code reminderBefore}: an ISO-8601 period before a scoring task's due date to remind its expert. */
    public record Panel(int size, String reminderBefore) {}

    /**
     * {@code trimFrom}: with this many sheets or more, the highest and lowest totals are dropped;
     * {@code divergenceThreshold}: a larger max − min sends the nominee to moderation.
     */
    public record Scoring(int trimFrom, BigDecimal divergenceThreshold) {}

    /**
     * {@code quota}: most winners; {@code quorum}: the share of members who must vote, as a fraction "2/3";
     * {@code votingPeriod}: ISO-8601 time the members have to vote.
     */
    public record Committee(int quota, String quorum, String votingPeriod) {}

    /** Largest file a nomination's materials may hold. */
    public record Documents(long maxBytes) {}
}
