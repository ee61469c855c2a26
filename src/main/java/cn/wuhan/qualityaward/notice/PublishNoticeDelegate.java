package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Publishes the proposed list (公示); the notice period runs from here. */
@Component
public class PublishNoticeDelegate implements JavaDelegate {

    private final AwardCycleService cycles;

    public PublishNoticeDelegate(AwardCycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.moveTo(CYCLE_ID.required(execution), CycleStatus.PUBLIC_NOTICE);
    }
}
