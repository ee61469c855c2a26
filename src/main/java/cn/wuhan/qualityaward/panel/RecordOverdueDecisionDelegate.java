package cn.wuhan.qualityaward.panel;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.engine.Refusal;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The office's answer to an overdue scoring task: a new due date for the same expert, or the seat
 * goes to a new conflict-free expert and the late one loses access to the nomination.
 */
@Component
public class RecordOverdueDecisionDelegate implements JavaDelegate {

    static final String EXTEND = "EXTEND";
    static final String REASSIGN = "REASSIGN";

    private final PanelService panels;
    private final PanelNotices notices;
    private final Clock clock;

    public RecordOverdueDecisionDelegate(PanelService panels, PanelNotices notices, Clock clock) {
        this.panels = panels;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long nominationId = NOMINATION_ID.required(execution);
        String late = String.valueOf(execution.getVariable(EXPERT));
        String decision = OVERDUE_DECISION.from(execution);
        if (EXTEND.equals(decision)) {
            SEAT_DUE_DATE.set(
                    execution,
                    Date.from(Refusal.guard(() -> SeatDeadlines.extension(
                            EXTENDED_DUE_DATE.from(execution),
                            clock.instant(),
                            SCORING_DUE_DATE.required(execution).toInstant()))));
        } else if (REASSIGN.equals(decision)) {
            String next =
                    Refusal.guard(() -> SystemAuthority.call(() -> panels.replace(nominationId, late, "逾期未评分，已改派")));
            execution.setVariable(EXPERT, next);
            notices.reassigned(nominationId, late, next);
        } else {
            Refusal.guard(() -> {
                throw InvalidInputException.of("overdueDecision", "REQUIRED", "请选择延期或改派");
            });
        }
    }
}
