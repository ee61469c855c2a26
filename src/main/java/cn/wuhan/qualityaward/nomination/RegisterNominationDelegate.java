package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.ProcessVariable;
import cn.wuhan.qualityaward.engine.Refusal;
import cn.wuhan.qualityaward.identity.Groups;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** The fields of the filing that later steps (the track proposal) and forms read from the instance. */
    private static final Set<String> KEPT_AS_VARIABLES = Stream.of(
                    CYCLE_ID,
                    NOMINEE_NAME,
                    ORGANIZATION,
                    POSITION,
                    TITLE,
                    POSITION_LEVEL,
                    RECOMMENDING_UNIT,
                    RECOMMENDING_OPINION,
                    SUMMARY)
            .map(ProcessVariable::name)
            .collect(Collectors.toUnmodifiableSet());

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
        NominationRequest request =
                NominationRequest.from((name, type) -> name.equals(NominationRequest.CLAIMED_CONDITIONS)
                        ? claims(execution)
                        : ProcessVariable.of(name, type).from(execution));
        String filer = Actors.current(execution);
        Nomination nomination = Refusal.guard(() -> recommenders.register(request, filer, inRecommenders(execution)));

        execution.setProcessBusinessKey(nomination.referenceNo());
        // the forms show the unit the award's tables hold (a recommender's own), not what was sent
        RECOMMENDING_UNIT.set(execution, nomination.recommendingUnit());
        NOMINATION_ID.set(execution, nomination.id());
        REFERENCE_NO.set(execution, nomination.referenceNo());
        CORRECTION_PERIOD.set(execution, properties.timers().correctionPeriod());
        // the award's tables hold the filing now. Removed in the start's own transaction, the personal data
        // is never committed as a variable (and the history level records no event for it); the other fields
        // leave too, but those the later steps and the office's forms read, so a new field stays in the tables
        // unless it is named here.
        for (String conditionId : CLAIMED_CONDITIONS.from(execution)) {
            execution.removeVariable(JUSTIFICATION_PREFIX + conditionId);
        }
        for (String field : NominationRequest.fieldNames()) {
            if (!KEPT_AS_VARIABLES.contains(field)) {
                execution.removeVariable(field);
            }
        }
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
