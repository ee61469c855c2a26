package cn.wuhan.qualityaward.panel;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.EXPERT;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A scoring task is overdue: the office is told, and gets a task to extend it or reassign it. */
@Component
public class EscalateOverdueDelegate implements JavaDelegate {

    private final PanelNotices notices;

    public EscalateOverdueDelegate(PanelNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.overdue(NOMINATION_ID.required(execution), String.valueOf(execution.getVariable(EXPERT)));
    }
}
