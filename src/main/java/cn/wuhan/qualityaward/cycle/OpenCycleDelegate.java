package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.*;

import cn.wuhan.qualityaward.criteria.CycleScoreForms;
import cn.wuhan.qualityaward.engine.Refusal;
import cn.wuhan.qualityaward.nomination.CycleDecisions;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Opens the call for nominations, pinned to its criteria version, deploys the score forms of that
 * version for the cycle, and sets the cycle's timers, defaults or the start form's overrides.
 */
@Component
public class OpenCycleDelegate implements JavaDelegate {

    private final AwardCycleService cycles;
    private final CycleScoreForms scoreForms;
    private final CycleDecisions decisions;

    public OpenCycleDelegate(AwardCycleService cycles, CycleScoreForms scoreForms, CycleDecisions decisions) {
        this.cycles = cycles;
        this.scoreForms = scoreForms;
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OpenCycleRequest request = new OpenCycleRequest(
                CYCLE_ID.from(execution),
                CYCLE_NAME.from(execution),
                NOMINATION_DEADLINE_INPUT.from(execution),
                SCORING_DEADLINE_INPUT.from(execution),
                NOTICE_PERIOD.from(execution),
                CRITERIA_VERSION_ID.from(execution));
        AwardCycle cycle = Refusal.guard(() -> cycles.open(request));
        scoreForms.deployFor(cycle.id());
        decisions.fixFor(cycle.id());
        execution.setProcessBusinessKey(cycle.id());
        NOMINATION_DEADLINE.set(execution, Date.from(cycle.nominationDeadline()));
        SCORING_DEADLINE.set(execution, Date.from(cycle.scoringDeadline()));
        NOTICE_PERIOD.set(execution, cycle.noticePeriod());
    }
}
