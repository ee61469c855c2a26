package cn.wuhan.qualityaward.eligibility;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records every failed eligibility rule the decision returned, with its reason. */
@Component
public class RecordEligibilityDelegate implements JavaDelegate {

  private final NominationService nominations;

  public RecordEligibilityDelegate(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<EligibilityFailure> failures = failures(execution.getVariable(ELIGIBILITY_RESULT));
    boolean eligible = nominations.recordEligibility(NOMINATION_ID.required(execution), failures);
    ELIGIBLE.set(execution, eligible);
    INELIGIBILITY_REASONS.set(
        execution, failures.stream().map(EligibilityFailure::reason).collect(Collectors.joining("；")));
    execution.removeVariable(ELIGIBILITY_RESULT);
    // the decision has used them; the experts who later read this instance need not see them
    for (var input :
        new cn.wuhan.qualityaward.engine.ProcessVariable<?>[] {
          QUALITY_WORK_YEARS, YEARS_SINCE_MAJOR_INCIDENT, YEARS_SINCE_ILLEGAL_CONDUCT, YEARS_SINCE_BAD_CREDIT,
          YEARS_SINCE_AWARD_FRAUD, YEARS_SINCE_LAST_AWARD
        }) {
      input.remove(execution);
    }
  }

  /** The decision's COLLECT result: one row per failed rule, with columns failedRule and reason. */
  static List<EligibilityFailure> failures(Object decisionResult) {
    if (!(decisionResult instanceof List<?> rows)) {
      return List.of();
    }
    return rows.stream()
        .filter(Map.class::isInstance)
        .map(Map.class::cast)
        .map(row -> new EligibilityFailure(String.valueOf(row.get("failedRule")), String.valueOf(row.get("reason"))))
        .toList();
  }
}
