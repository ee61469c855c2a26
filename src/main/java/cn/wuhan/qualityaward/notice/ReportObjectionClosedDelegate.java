package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** When the last open objection of a cycle is closed, a cycle waiting to end its notice goes on. */
@Component
public class ReportObjectionClosedDelegate implements JavaDelegate {

    private final ObjectionService objections;
    private final RuntimeService runtime;

    public ReportObjectionClosedDelegate(ObjectionService objections, RuntimeService runtime) {
        this.objections = objections;
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = objections.cycleOf(ObjectionProcess.objectionOf(execution));
        if (!objections.anyOpen(cycleId)) {
            SystemAuthority.run(() -> runtime.createMessageCorrelation(AwardCycleProcess.Messages.OBJECTIONS_RESOLVED)
                    .processInstanceBusinessKey(cycleId)
                    .correlateAll());
        }
    }
}
