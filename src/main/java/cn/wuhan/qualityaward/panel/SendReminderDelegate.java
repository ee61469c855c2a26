package cn.wuhan.qualityaward.panel;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds an expert that their scoring task is due soon. */
@Component
public class SendReminderDelegate implements JavaDelegate {

    private final PanelNotices notices;

    public SendReminderDelegate(PanelNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.reminder(
                NOMINATION_ID.required(execution),
                String.valueOf(execution.getVariable(EXPERT)),
                SEAT_DUE_DATE.required(execution).toInstant());
    }
}
