package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.VOTE;
import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.VOTE_NOTE;

import cn.wuhan.qualityaward.committee.BallotVariables;
import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after a member votes: checks and stores the vote as the authenticated user's, on the
 * objection of this instance, then drops it from the process in the same transaction. The vote's
 * variables are local to the member's own instance of the voting sub-process (its input mapping), so
 * no other member's task ever sees them.
 */
@Component
public class StoreObjectionVoteDelegate implements JavaDelegate {

    private final ObjectionService objections;

    public StoreObjectionVoteDelegate(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Refusal.guard(() -> objections.castVote(
                ObjectionProcess.objectionOf(execution),
                // the member who completed the task, checked against the authenticated user; never a variable
                Actors.completedBy(execution),
                VOTE.from(execution),
                VOTE_NOTE.from(execution)));
        execution.getVariableNames().stream()
                .filter(BallotVariables::isBallotVariable)
                .toList()
                .forEach(execution::removeVariable);
    }
}
