package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the scoring deadline: nominations not yet scored leave the race, so the cycle can go on. */
@Component
public class CloseScoringDelegate implements JavaDelegate {

    private final NominationService nominations;
    private final RuntimeService runtime;

    public CloseScoringDelegate(NominationService nominations, RuntimeService runtime) {
        this.nominations = nominations;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        List<Long> unfinished = nominations.closeUnfinished(cycleId);
        for (Long id : unfinished) {
            Nomination nomination = nominations.get(id);
            SystemAuthority.run(() -> runtime.createMessageCorrelation(NominationProcess.Messages.SCORING_CLOSED)
                    .processInstanceBusinessKey(nomination.referenceNo())
                    .correlateAll());
        }
    }
}
