package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.eligibility.EligibilityFacts;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * 审核申报资格: evaluates the {@code eligibility} decision (hit policy COLLECT, every failed rule with its
 * reason) on the facts in the award's tables. Its inputs include the nominee's misconduct, so they are
 * handed to the decision in memory, never as process variables, and the history level keeps no record
 * of this decision; its result goes on to the record step as a transient variable.
 */
@Component
public class CheckEligibilityDelegate implements JavaDelegate {

    private final NominationService nominations;
    private final DecisionService decisions;
    private final CycleDecisions cycleDecisions;

    public CheckEligibilityDelegate(
            NominationService nominations, DecisionService decisions, CycleDecisions cycleDecisions) {
        this.nominations = nominations;
        this.decisions = decisions;
        this.cycleDecisions = cycleDecisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EligibilityFacts facts = nominations.eligibilityFacts(NOMINATION_ID.required(execution));
        // the table of the nomination's cycle, never simply the latest deployed (CycleDecisions);
        // the process evaluates its own decision, the person filing holds no permission on decisions
        String table =
                cycleDecisions.definitionId(NOMINATION_ID.required(execution), NominationProcess.ELIGIBILITY_DECISION);
        var result = SystemAuthority.call(() -> decisions
                .evaluateDecisionTableById(table)
                .variables(inputs(facts))
                .evaluate());
        execution.setVariable(ELIGIBILITY_RESULT, Variables.untypedValue(result.getResultList(), true));
    }

    /** The decision table's inputs by name; an absent event is null, which no rule's "< n" matches. */
    static Map<String, Object> inputs(EligibilityFacts facts) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(QUALITY_WORK_YEARS.name(), facts.qualityWorkYears());
        inputs.put(YEARS_SINCE_MAJOR_INCIDENT.name(), facts.yearsSinceMajorIncident());
        inputs.put(YEARS_SINCE_ILLEGAL_CONDUCT.name(), facts.yearsSinceIllegalConduct());
        inputs.put(YEARS_SINCE_BAD_CREDIT.name(), facts.yearsSinceBadCredit());
        inputs.put(YEARS_SINCE_AWARD_FRAUD.name(), facts.yearsSinceAwardFraud());
        inputs.put(YEARS_SINCE_LAST_AWARD.name(), facts.yearsSinceLastAward());
        return inputs;
    }
}
