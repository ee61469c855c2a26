package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.cycle.AwardCycleProcessAdapter;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** When the last open objection of a cycle is closed, a cycle waiting to end its notice goes on. */
@Component
public class ReportObjectionClosedDelegate implements JavaDelegate {

    private final ObjectionService objections;
    private final AwardCycleProcessAdapter cycleProcess;

    public ReportObjectionClosedDelegate(ObjectionService objections, AwardCycleProcessAdapter cycleProcess) {
        this.objections = objections;
        this.cycleProcess = cycleProcess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = objections.cycleOf(ObjectionProcess.objectionOf(execution));
        if (!objections.anyOpen(cycleId)) {
            cycleProcess.objectionsResolved(cycleId);
        }
    }
}
