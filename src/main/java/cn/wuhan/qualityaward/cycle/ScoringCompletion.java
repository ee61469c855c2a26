package cn.wuhan.qualityaward.cycle;

import cn.wuhan.qualityaward.nomination.NominationEvaluated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a nomination has its score and it was the last one the cycle waited for, wakes the cycle. A
 * cycle still taking nominations is not waiting and is left alone. Runs synchronously, in the
 * nomination step's transaction: a failure rolls that step back.
 */
@Component
public class ScoringCompletion {

    private final AwardCycleService cycles;
    private final AwardCycleProcessAdapter cycleProcess;

    public ScoringCompletion(AwardCycleService cycles, AwardCycleProcessAdapter cycleProcess) {
        this.cycles = cycles;
        this.cycleProcess = cycleProcess;
    }

    @EventListener
    public void on(NominationEvaluated evaluated) {
        if (cycles.scoringComplete(evaluated.cycleId())) {
            cycleProcess.allEvaluated(evaluated.cycleId());
        }
    }
}
