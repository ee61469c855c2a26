package cn.wuhan.qualityaward.cycle;

import java.time.Instant;

public record AwardCycle(
        String id,
        String name,
        int year,
        Instant nominationDeadline,
        Instant scoringDeadline,
        String noticePeriod,
        int quota,
        CycleStatus status) {

    public boolean acceptsNominationsAt(Instant moment) {
        return status == CycleStatus.OPEN && moment.isBefore(nominationDeadline);
    }
}
