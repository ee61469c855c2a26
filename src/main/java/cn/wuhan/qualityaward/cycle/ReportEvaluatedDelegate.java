package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import org.camunda.bpm.engine.RuntimeService;
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
    private final RuntimeService runtime;

    public ReportEvaluatedDelegate(AwardCycleService cycles, RuntimeService runtime) {
        this.cycles = cycles;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        if (cycles.scoringComplete(cycleId)) {
            SystemAuthority.run(() -> runtime.createMessageCorrelation(AwardCycleProcess.Messages.ALL_EVALUATED)
                    .processInstanceBusinessKey(cycleId)
                    .correlateAll());
        }
    }
}
