package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the office's formal review (形式审查) and its reason. */
@Component
public class RecordFormalReviewDelegate implements JavaDelegate {

    private final NominationService nominations;

    public RecordFormalReviewDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormalReviewDecision decision = Refusal.guard(() -> nominations.recordFormalReview(
                NOMINATION_ID.required(execution),
                FORMAL_REVIEW_DECISION.from(execution),
                FORMAL_REVIEW_COMMENT.from(execution),
                Actors.current(execution)));
        FORMAL_REVIEW_OUTCOME.setForThisStep(execution, decision.name());
    }
}
