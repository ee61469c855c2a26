package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.CORRECTION_NOTE;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;

import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the corrected materials (补正); the nomination returns to formal review. */
@Component
public class RecordCorrectionDelegate implements JavaDelegate {

    private final NominationService nominations;

    public RecordCorrectionDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Refusal.guard(() -> nominations.recordCorrection(
                NOMINATION_ID.required(execution), CORRECTION_NOTE.from(execution), Actors.current(execution)));
    }
}
