package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the track the office assigned and picks the score sheet the experts will fill. */
@Component
public class RecordTrackDelegate implements JavaDelegate {

    private final NominationService nominations;

    public RecordTrackDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Nomination nomination = Refusal.guard(() -> nominations.assignTrack(
                NOMINATION_ID.required(execution),
                TRACK.from(execution),
                REFERENCE_TRACK.from(execution),
                PROPOSED_TRACK.from(execution),
                TRACK_OVERRIDE_REASON.from(execution),
                Actors.current(execution)));
        TRACK_LABEL.set(
                execution,
                nomination.track().needsReferenceTrack()
                        ? nomination.track().label() + "（参照"
                                + nomination.referenceTrack().label() + "）"
                        : nomination.track().label());
        SCORING_FORM.set(execution, ScoringForms.formKey(nomination.scoringTrack()));
        if (nomination.track().needsReferenceTrack()) {
            CLAIMED_CONDITIONS_TEXT.set(
                    execution, String.join("\n\n", nominations.claimedConditionTexts(nomination.id())));
        }
    }
}
