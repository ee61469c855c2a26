package cn.wuhan.qualityaward.cycle;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one place that starts {@code awardCycle} instances and sends them messages; the names it uses
 * are in {@link AwardCycleProcess}. Steps of the nomination and objection processes call this, never
 * {@code RuntimeService}.
 */
@Component
public class AwardCycleProcessAdapter {

    private final RuntimeService runtime;

    public AwardCycleProcessAdapter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Opens a cycle as the authenticated user, with the start form's variables. */
    public ProcessInstance start(Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, variables);
    }

    /** Tells the cycle (business key = its id) that its last nomination has its score. */
    public void allEvaluated(String cycleId) {
        correlate(AwardCycleProcess.Messages.ALL_EVALUATED, cycleId);
    }

    /** Tells the cycle (business key = its id) that its last open objection is decided. */
    public void objectionsResolved(String cycleId) {
        correlate(AwardCycleProcess.Messages.OBJECTIONS_RESOLVED, cycleId);
    }

    private void correlate(String message, String cycleId) {
        SystemAuthority.run(() -> runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(cycleId)
                .correlateAll());
    }
}
