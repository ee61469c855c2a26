package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the panel leader's moderation; the named experts score again in a new round. */
@Component
public class RecordModerationDelegate implements JavaDelegate {

    private final ModerationService moderation;

    public RecordModerationDelegate(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> rescore = Refusal.guard(() -> moderation.record(
                NOMINATION_ID.required(execution),
                Actors.completedBy(execution),
                RESCORE_EXPERTS.from(execution),
                MODERATION_NOTE.from(execution)));
        execution.setVariable(SCORING_EXPERTS, new ArrayList<>(rescore));
        RESCORE_REQUESTED.setForThisStep(execution, !rescore.isEmpty());
        // kept in the moderation record; re-scoring experts read this instance and must not see the note
        MODERATION_NOTE.remove(execution);
        execution.removeVariable(RESCORE_EXPERTS.name());
    }
}
