package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.MODERATION_DUE;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Aggregates the panel's sheets: a final score, or a call for the panel's moderation. */
@Component
public class AggregateScoresDelegate implements JavaDelegate {

    private final ScoringService scoring;

    public AggregateScoresDelegate(ScoringService scoring) {
        this.scoring = scoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        MODERATION_DUE.setForThisStep(execution, scoring.conclude(NOMINATION_ID.required(execution)));
    }
}
