package cn.wuhan.qualityaward.cycle;

import cn.wuhan.qualityaward.nomination.CycleCalendar;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The award cycles as a nomination sees them, from table {@code award_cycle}. */
@Component
public class AwardCycleCalendar implements CycleCalendar {

    private final AwardCycleRepository cycles;

    public AwardCycleCalendar(AwardCycleRepository cycles) {
        this.cycles = cycles;
    }

    @Override
    public Optional<Integer> year(String cycleId) {
        return cycles.find(cycleId).map(AwardCycle::year);
    }

    @Override
    public boolean acceptsNominationsAt(String cycleId, Instant moment) {
        return cycles.find(cycleId).map(c -> c.acceptsNominationsAt(moment)).orElse(false);
    }
}
