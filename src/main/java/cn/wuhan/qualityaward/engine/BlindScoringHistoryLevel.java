package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.common.BlindVariables;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for what would let one expert read another's scores, or one committee member
 * another's vote, and except for a nominee's personal data: the variables of {@link BlindVariables}
 * (score sheets and ballots), the variables and decisions each {@link WithheldFromHistory} declares
 * (the nomination's personal data: resident ID number, misconduct, and the decision whose inputs they
 * are), and the raw form submissions. The score
 * sheets and the nominations themselves are kept in the project's tables.
 *
 * <p>Nor are two kinds of variables nobody reads in history kept, each of which cost a row in
 * {@code ACT_HI_VARINST} and one in {@code ACT_HI_DETAIL} per value (README, "Benchmark"): the
 * Tasklist card's copies on each task ({@link TaskCard}; the process instance's own variable keeps
 * its history), and a multi-instance's counters ({@code loopCounter}, {@code nrOf*Instances}), which
 * the engine rewrites as each seat starts and ends; who sat on a panel is in {@code panel_member}.
 */
public class BlindScoringHistoryLevel implements HistoryLevel {

    public static final String NAME = "full-blind-scoring";

    /** The counters Camunda keeps on a multi-instance body and each of its instances. */
    static final Set<String> MULTI_INSTANCE_COUNTERS =
            Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

    private final List<WithheldFromHistory> withheld;

    public BlindScoringHistoryLevel(List<WithheldFromHistory> withheld) {
        this.withheld = List.copyOf(withheld);
    }

    @Override
    public int getId() {
        return 31;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            return false;
        }
        if (entity instanceof VariableInstance variable
                && (isWithheld(variable.getName()) || isUnread(variable.getName(), variable.getTaskId()))) {
            return false;
        }
        // the detail of an update is asked about separately, with the event rather than the variable
        if (entity instanceof HistoricVariableUpdateEventEntity update
                && (isWithheld(update.getVariableName()) || isUnread(update.getVariableName(), update.getTaskId()))) {
            return false;
        }
        if (eventType == HistoryEventTypes.DMN_DECISION_EVALUATE
                && entity instanceof DecisionDefinition decision
                && withheld.stream().anyMatch(w -> w.withholdsDecision(decision.getKey()))) {
            return false;
        }
        return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }

    private static boolean isUnread(String variableName, String taskId) {
        return MULTI_INSTANCE_COUNTERS.contains(variableName)
                || (taskId != null && TaskCard.VARIABLES.contains(variableName));
    }

    private boolean isWithheld(String variableName) {
        return BlindVariables.isBlind(variableName)
                || withheld.stream().anyMatch(w -> w.withholdsVariable(variableName));
    }
}
