package cn.wuhan.qualityaward.committee;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.*;

import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Right after a member votes: checks and stores the ballot, then drops it from the process. */
@Component
public class StoreBallotDelegate implements JavaDelegate {

    private final CommitteeService committee;

    public StoreBallotDelegate(CommitteeService committee) {
        this.committee = committee;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the member who completed the ballot, never a name the submission carries
        String member = Actors.completedBy(execution);
        Refusal.guard(() -> {
            List<Long> agree = NominationIds.parse(BALLOT_AGREE.from(execution), BallotVariables.AGREE);
            List<Long> disagree = NominationIds.parse(BALLOT_DISAGREE.from(execution), BallotVariables.DISAGREE);
            committee.castBallot(CYCLE_ID.required(execution), member, agree, disagree);
        });
        execution.getVariableNames().stream()
                .filter(BallotVariables::isBallotVariable)
                .toList()
                .forEach(execution::removeVariable);
    }
}
