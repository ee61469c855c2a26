package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.OBJECTIONS_OPEN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the end of the notice period: the notice closes only once every objection is decided. */
@Component
public class CheckObjectionsDelegate implements JavaDelegate {

    private final ObjectionService objections;

    public CheckObjectionsDelegate(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OBJECTIONS_OPEN.set(execution, objections.anyOpen(CYCLE_ID.required(execution)));
    }
}
