package cn.wuhan.qualityaward.report;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Scoring is over: the ranking stands, and the cycle goes to the committee. */
@Component
public class PrepareRankingDelegate implements JavaDelegate {

    private final AwardCycleService cycles;

    public PrepareRankingDelegate(AwardCycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.moveTo(CYCLE_ID.required(execution), CycleStatus.COMMITTEE_REVIEW);
    }
}
