package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.ProcessVariable;
import cn.wuhan.qualityaward.engine.Refusal;
import cn.wuhan.qualityaward.identity.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Stores the nomination from the start form, with who filed it (a recommender files for its own unit),
 * and names the instance by its reference number. A refused
 * nomination rolls the start back: no instance and no row remain.
 */
@Component
public class RegisterNominationDelegate implements JavaDelegate {

    private final RecommendingUnits recommenders;
    private final AwardProperties properties;

    public RegisterNominationDelegate(RecommendingUnits recommenders, AwardProperties properties) {
        this.recommenders = recommenders;
        this.properties = properties;
    }

    private static boolean inRecommenders(DelegateExecution execution) {
        Authentication authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication != null
                && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(Groups.RECOMMENDERS);
    }

    @Override
    public void execute(DelegateExecution execution) {
        NominationRequest request = new NominationRequest(
                CYCLE_ID.from(execution),
                NOMINEE_NAME.from(execution),
                ID_NUMBER.from(execution),
                ORGANIZATION.from(execution),
                POSITION.from(execution),
                POSITION_LEVEL.from(execution),
                RECOMMENDING_UNIT.from(execution),
                RECOMMENDING_OPINION.from(execution),
                SUMMARY.from(execution),
                QUALITY_WORK_YEARS.from(execution),
                MAJOR_INCIDENT_YEAR.from(execution),
                ILLEGAL_CONDUCT_YEAR.from(execution),
                BAD_CREDIT_YEAR.from(execution),
                AWARD_FRAUD_YEAR.from(execution),
                LAST_AWARD_YEAR.from(execution),
                MATERIALS_DECLARED_TRUE.from(execution),
                claims(execution));
        String filer = Actors.current(execution);
        Nomination nomination = Refusal.guard(() -> recommenders.register(request, filer, inRecommenders(execution)));

        execution.setProcessBusinessKey(nomination.referenceNo());
        // the forms show the unit the award's tables hold (a recommender's own), not what was sent
        RECOMMENDING_UNIT.set(execution, nomination.recommendingUnit());
        NOMINATION_ID.set(execution, nomination.id());
        REFERENCE_NO.set(execution, nomination.referenceNo());
        CORRECTION_PERIOD.set(execution, properties.timers().correctionPeriod());
        // the award's tables hold the filing now. Removed in the start's own transaction, the personal data
        // is never committed as a variable (and the history level records no event for it); the other
        // eligibility inputs leave too, since the decision reads them from the tables.
        PersonalData.START_VARIABLES.forEach(execution::removeVariable);
        for (var privateInput :
                new ProcessVariable<?>[] {QUALITY_WORK_YEARS, LAST_AWARD_YEAR, MATERIALS_DECLARED_TRUE}) {
            privateInput.remove(execution);
        }
        for (String conditionId : CLAIMED_CONDITIONS.from(execution)) {
            execution.removeVariable(JUSTIFICATION_PREFIX + conditionId);
        }
        execution.removeVariable(CLAIMED_CONDITIONS.name());
    }

    private static List<ClaimedCondition> claims(DelegateExecution execution) {
        return CLAIMED_CONDITIONS.from(execution).stream()
                .map(id -> {
                    Object justification = execution.getVariable(JUSTIFICATION_PREFIX + id);
                    return new ClaimedCondition(id, justification == null ? null : justification.toString());
                })
                .toList();
    }
}
