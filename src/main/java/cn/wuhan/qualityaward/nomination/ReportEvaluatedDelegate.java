package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.CYCLE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs in a nomination once it has its score and says so ({@link NominationEvaluated}); the cycle,
 * which builds on nominations, listens and wakes when it was the last one it waited for. The listener
 * runs at once, in this step's transaction.
 */
@Component
public class ReportEvaluatedDelegate implements JavaDelegate {

    private final ApplicationEventPublisher events;

    public ReportEvaluatedDelegate(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        events.publishEvent(new NominationEvaluated(CYCLE_ID.required(execution)));
    }
}
