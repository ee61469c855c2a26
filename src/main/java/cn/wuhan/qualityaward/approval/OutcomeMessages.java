package cn.wuhan.qualityaward.approval;

import cn.wuhan.qualityaward.nomination.CycleOutcome;
import cn.wuhan.qualityaward.nomination.NominationProcessAdapter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells each waiting nomination its outcome. A cycle may have thousands: one transaction holding
 * every correlation would not fit in memory, so the engine correlates them in batch jobs, one
 * batch per outcome.
 */
@Component
public class OutcomeMessages {

    private final NominationProcessAdapter nominationProcess;

    public OutcomeMessages(NominationProcessAdapter nominationProcess) {
        this.nominationProcess = nominationProcess;
    }

    public void send(String cycleId, List<Announced> outcomes) {
        Map<String, String> waiting = nominationProcess.awaitingDecision(cycleId);
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
        instances.forEach((outcome, ids) -> nominationProcess.decideAsync(ids, outcome));
    }
}
