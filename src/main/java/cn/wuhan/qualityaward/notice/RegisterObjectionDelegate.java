package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.*;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.IsoDurations;
import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers an objection; a refused one rolls the start back, leaving nothing. */
@Component
public class RegisterObjectionDelegate implements JavaDelegate {

    private final ObjectionService objections;
    private final NominationService nominations;
    private final String investigationPeriod;
    private final Clock clock;

    public RegisterObjectionDelegate(
            ObjectionService objections, NominationService nominations, AwardProperties properties, Clock clock) {
        this.objections = objections;
        this.nominations = nominations;
        this.investigationPeriod = properties.timers().investigationPeriod();
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ObjectionRequest request = new ObjectionRequest(
                CYCLE_ID.from(execution),
                CANDIDATE_REFERENCE.from(execution),
                OBJECTOR_NAME.from(execution),
                OBJECTOR_CONTACT.from(execution),
                GROUNDS.from(execution));
        ObjectionService.Filed filed = Refusal.guard(() -> objections.file(request, Actors.current(execution)));
        execution.setProcessBusinessKey(ObjectionProcess.businessKey(request.cycleId(), filed.id()));
        Nomination candidate = nominations.get(filed.nominationId());
        CANDIDATE_NAME.set(execution, candidate.nomineeName());
        CARD_NOMINEE_NAME.set(execution, candidate.nomineeName());
        CARD_REFERENCE_NO.set(execution, candidate.referenceNo());
        INVESTIGATION_DUE_DATE.set(execution, Date.from(IsoDurations.after(clock.instant(), investigationPeriod)));
    }
}
