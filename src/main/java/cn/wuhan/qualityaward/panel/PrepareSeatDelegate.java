package cn.wuhan.qualityaward.panel;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.common.AwardProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Before an expert's scoring task: sets the reminder and tells the expert. */
@Component
public class PrepareSeatDelegate implements JavaDelegate {

    private final PanelNotices notices;
    private final String reminderBefore;
    private final Clock clock;

    public PrepareSeatDelegate(PanelNotices notices, AwardProperties properties, Clock clock) {
        this.notices = notices;
        this.clock = clock;
        this.reminderBefore = properties.panel().reminderBefore();
    }

    @Override
    public void execute(DelegateExecution execution) {
        String expert = String.valueOf(execution.getVariable(EXPERT));
        Instant due = SEAT_DUE_DATE.required(execution).toInstant();
        SEAT_REMINDER_DATE.setForThisStep(
                execution, Date.from(SeatDeadlines.reminder(clock.instant(), due, reminderBefore)));
        notices.assigned(NOMINATION_ID.required(execution), expert, due);
    }
}
