package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.CANDIDATE_NAME;
import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.FINDING;
import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.GROUNDS;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * As each member's part of the vote starts: the texts their form shows (candidate, grounds, the
 * office's finding) are read from the award's tables into that part alone, so what one member sends
 * with their task never changes what another member reads.
 */
@Component
public class ShowObjectionToVoterListener implements ExecutionListener {

    private final ObjectionService objections;

    public ShowObjectionToVoterListener(ObjectionService objections) {
        this.objections = objections;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ObjectionUnderVote objection = objections.underVote(ObjectionProcess.objectionOf(execution));
        execution.setVariableLocal(CANDIDATE_NAME.name(), objection.candidateName());
        execution.setVariableLocal(GROUNDS.name(), objection.grounds());
        execution.setVariableLocal(FINDING.name(), objection.finding());
    }
}
