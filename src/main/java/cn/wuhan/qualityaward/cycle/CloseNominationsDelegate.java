package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.ALL_EVALUATED;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.nomination.NominationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the nomination deadline: no more nominations; tells whether scoring is already complete. */
@Component
public class CloseNominationsDelegate implements JavaDelegate {

    private final AwardCycleService cycles;
    private final NominationService nominations;

    public CloseNominationsDelegate(AwardCycleService cycles, NominationService nominations) {
        this.cycles = cycles;
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        cycles.moveTo(cycleId, CycleStatus.SCORING);
        ALL_EVALUATED.set(execution, nominations.allEvaluated(cycleId));
    }
}
