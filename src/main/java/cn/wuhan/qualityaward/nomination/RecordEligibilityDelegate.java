package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.eligibility.EligibilityFailure;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records every failed eligibility rule the decision returned, with its reason, in the award's tables
 * (nomination_decision); the process keeps only whether the nominee is eligible, since a reason names
 * the nominee's misconduct.
 */
@Component
public class RecordEligibilityDelegate implements JavaDelegate {

    private final NominationService nominations;

    public RecordEligibilityDelegate(NominationService nominations) {
        this.nominations = nominations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object result = execution.getVariable(ELIGIBILITY_RESULT);
        if (result == null) {
            // never read as "no rule failed": that would pass every nominee
            throw new IllegalStateException("the eligibility decision's result is missing");
        }
        List<EligibilityFailure> failures = failures(result);
        boolean eligible = nominations.recordEligibility(NOMINATION_ID.required(execution), failures);
        ELIGIBLE.setForThisStep(execution, eligible);
        execution.removeVariable(ELIGIBILITY_RESULT);
    }

    /** The decision's COLLECT result: one row per failed rule, with columns failedRule and reason. */
    static List<EligibilityFailure> failures(Object decisionResult) {
        if (!(decisionResult instanceof List<?> rows)) {
            return List.of();
        }
        return rows.stream()
                .filter(Map.class::isInstance)
                .map(Map.class::cast)
                .map(row -> new EligibilityFailure(
                        String.valueOf(row.get("failedRule")), String.valueOf(row.get("reason"))))
                .toList();
    }
}
