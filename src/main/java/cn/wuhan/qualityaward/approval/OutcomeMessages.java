package cn.wuhan.qualityaward.approval;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.nomination.CycleOutcome;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Tells each waiting nomination its outcome. A cycle may have thousands: one transaction holding
 * every correlation would not fit in memory, so the engine correlates them in batch jobs, one
 * batch per outcome.
 */
@Component
public class OutcomeMessages {

    private final RuntimeService runtime;

    public OutcomeMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void send(String cycleId, List<Announced> outcomes) {
        Map<String, String> waiting = SystemAuthority.call(() -> runtime
                .createProcessInstanceQuery()
                .processDefinitionKey(NominationProcess.KEY)
                .variableValueEquals(NominationProcess.Variables.CYCLE_ID.name(), cycleId)
                .activityIdIn(NominationProcess.Elements.AWAIT_DECISION)
                .list()
                .stream()
                .collect(Collectors.toMap(ProcessInstance::getBusinessKey, ProcessInstance::getId)));
        Map<CycleOutcome, List<String>> instances = new EnumMap<>(CycleOutcome.class);
        for (Announced announced : outcomes) {
            String instance = waiting.get(announced.referenceNo());
            if (instance == null) {
                throw new IllegalStateException("申报 " + announced.referenceNo() + " 的流程不在等待评选结果，无法告知其结果");
            }
            instances
                    .computeIfAbsent(announced.outcome(), o -> new ArrayList<>())
                    .add(instance);
        }
        instances.forEach((outcome, ids) -> SystemAuthority.run(() -> runtime.createMessageCorrelationAsync(
                        NominationProcess.Messages.CYCLE_DECIDED)
                .processInstanceIds(ids)
                .setVariable(NominationProcess.Variables.CYCLE_OUTCOME.name(), outcome.name())
                // nominations started on the model before 撤出名单 branch on this one
                .setVariable(
                        NominationProcess.Variables.AWARDED_BEFORE_OUTCOMES.name(), outcome == CycleOutcome.AWARDED)
                .correlateAllAsync()));
    }
}
