package cn.wuhan.qualityaward.nomination;

import java.time.Instant;
import java.util.Optional;

/**
 * What a nomination needs to know of its award cycle. A port: the {@code cycle} package, which builds
 * on nominations, implements it.
 */
public interface CycleCalendar {

    /** The cycle's year (评选年度), or empty when there is no cycle of this id. */
    Optional<Integer> year(String cycleId);

    /** Whether the cycle takes nominations at this moment: open and before its deadline; false for no cycle. */
    boolean acceptsNominationsAt(String cycleId, Instant moment);
}
