package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.FINDING;

import cn.wuhan.qualityaward.engine.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records what the office's investigation found. */
@Component
public class RecordFindingDelegate implements JavaDelegate {

    private final ObjectionService objections;

    public RecordFindingDelegate(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Refusal.guard(() -> objections.recordFinding(ObjectionProcess.objectionOf(execution), FINDING.from(execution)));
    }
}
