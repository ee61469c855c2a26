package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationProcessAdapter;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * At the scoring deadline: nominations not yet scored leave the race, so the cycle can go on; says
 * which with {@link UnfinishedNominationsClosed}.
 */
@Component
public class CloseScoringDelegate implements JavaDelegate {

    private final NominationService nominations;
    private final NominationProcessAdapter nominationProcess;
    private final ApplicationEventPublisher events;

    public CloseScoringDelegate(
            NominationService nominations,
            NominationProcessAdapter nominationProcess,
            ApplicationEventPublisher events) {
        this.nominations = nominations;
        this.nominationProcess = nominationProcess;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        List<Long> unfinished = nominations.closeUnfinished(cycleId);
        for (Long id : unfinished) {
            Nomination nomination = nominations.get(id);
            nominationProcess.closeScoring(nomination.referenceNo());
        }
        events.publishEvent(new UnfinishedNominationsClosed(cycleId, unfinished));
    }
}
