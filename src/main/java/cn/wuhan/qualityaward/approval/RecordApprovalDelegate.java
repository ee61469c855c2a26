package cn.wuhan.qualityaward.approval;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.*;

import cn.wuhan.qualityaward.committee.NominationIds;
import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the approvers' decision (审定): the list as proposed, less any struck names. */
@Component
public class RecordApprovalDelegate implements JavaDelegate {

    private final ApprovalService approvals;

    public RecordApprovalDelegate(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        Refusal.guard(() -> {
            List<Long> struck = NominationIds.parse(STRUCK_NOMINATIONS.from(execution), "struckNominations");
            approvals.decide(cycleId, struck, STRIKE_REASON.from(execution), Actors.current(execution));
        });
    }
}
