package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.CYCLE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Runs in a nomination once it has its score: when it was the last one the cycle waited for, wakes
 * the cycle. A cycle still taking nominations is not waiting and is left alone.
 */
@Component
public class ReportEvaluatedDelegate implements JavaDelegate {

    private final AwardCycleService cycles;
    private final AwardCycleProcessAdapter cycleProcess;

    public ReportEvaluatedDelegate(AwardCycleService cycles, AwardCycleProcessAdapter cycleProcess) {
        this.cycles = cycles;
        this.cycleProcess = cycleProcess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        if (cycles.scoringComplete(cycleId)) {
            cycleProcess.allEvaluated(cycleId);
        }
    }
}
