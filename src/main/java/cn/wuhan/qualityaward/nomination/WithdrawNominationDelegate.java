package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The correction deadline passed: the nomination is closed as withdrawn. */
@Component
public class WithdrawNominationDelegate implements JavaDelegate {

    private final NominationService nominations;

    public WithdrawNominationDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        nominations.withdrawForMissedCorrection(NOMINATION_ID.required(execution));
    }
}
