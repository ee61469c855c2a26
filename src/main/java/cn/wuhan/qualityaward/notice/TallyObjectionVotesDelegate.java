package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.QUORUM_MET;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the round: with a quorum the ruling is recorded; without one the committee votes again. */
@Component
public class TallyObjectionVotesDelegate implements JavaDelegate {

    private final ObjectionService objections;

    public TallyObjectionVotesDelegate(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void execute(DelegateExecution execution) {
        QUORUM_MET.set(
                execution,
                objections.tally(ObjectionProcess.objectionOf(execution)).quorumMet());
    }
}
