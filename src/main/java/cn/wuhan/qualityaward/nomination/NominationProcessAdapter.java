package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one place that starts {@code nomination} instances, sends them messages and finds them; the
 * names it uses are in {@link NominationProcess}. Controllers and steps of other processes call this,
 * never {@code RuntimeService}.
 */
@Component
public class NominationProcessAdapter {

    private final RuntimeService runtime;

    public NominationProcessAdapter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Files a nomination as the authenticated user: starts an instance with the filing's variables. A
     * refused filing throws the engine's {@code BadUserRequestException} with the refusal as its cause.
     */
    public ProcessInstance start(Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(NominationProcess.KEY, variables);
    }

    /** Tells the nomination with this reference number (its business key) that scoring is closed. */
    public void closeScoring(String referenceNo) {
        SystemAuthority.run(() -> runtime.createMessageCorrelation(NominationProcess.Messages.SCORING_CLOSED)
                .processInstanceBusinessKey(referenceNo)
                .correlateAll());
    }

    /** The cycle's nominations waiting for the cycle's decision: reference number → instance id. */
    public Map<String, String> awaitingDecision(String cycleId) {
        return SystemAuthority.call(() -> runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(NominationProcess.KEY)
                .variableValueEquals(NominationProcess.Variables.CYCLE_ID.name(), cycleId)
                .activityIdIn(NominationProcess.Elements.AWAIT_DECISION)
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessInstance::getBusinessKey, ProcessInstance::getId)));
    }

    /**
     * Tells these instances their outcome in the engine's batch jobs (one batch for the call), so that
     * thousands need no single transaction.
     */
    public void decideAsync(List<String> instanceIds, CycleOutcome outcome) {
        SystemAuthority.run(() -> runtime.createMessageCorrelationAsync(NominationProcess.Messages.CYCLE_DECIDED)
                .processInstanceIds(instanceIds)
                .setVariable(NominationProcess.Variables.CYCLE_OUTCOME.name(), outcome.name())
                // nominations started on the model before 撤出名单 branch on this one
                .setVariable(
                        NominationProcess.Variables.AWARDED_BEFORE_OUTCOMES.name(), outcome == CycleOutcome.AWARDED)
                .correlateAllAsync());
    }

    /** Every running nomination instance. */
    public List<ProcessInstance> running() {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(NominationProcess.KEY)
                .list();
    }

    /** The id of the running instance of the nomination with this reference number. */
    public String instanceId(String referenceNo) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(NominationProcess.KEY)
                .processInstanceBusinessKey(referenceNo)
                .singleResult()
                .getId();
    }
}
