package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationProcessAdapter;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the scoring deadline: nominations not yet scored leave the race, so the cycle can go on. */
@Component
public class CloseScoringDelegate implements JavaDelegate {

    private final NominationService nominations;
    private final NominationProcessAdapter nominationProcess;

    public CloseScoringDelegate(NominationService nominations, NominationProcessAdapter nominationProcess) {
        this.nominations = nominations;
        this.nominationProcess = nominationProcess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        List<Long> unfinished = nominations.closeUnfinished(cycleId);
        for (Long id : unfinished) {
            Nomination nomination = nominations.get(id);
            nominationProcess.closeScoring(nomination.referenceNo());
        }
    }
}
