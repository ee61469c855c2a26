package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the notice period; the list goes to the city government. */
@Component
public class CloseNoticeDelegate implements JavaDelegate {

    private final AwardCycleService cycles;

    public CloseNoticeDelegate(AwardCycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.moveTo(CYCLE_ID.required(execution), CycleStatus.FINAL_APPROVAL);
    }
}
