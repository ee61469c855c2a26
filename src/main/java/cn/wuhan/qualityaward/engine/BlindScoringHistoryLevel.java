package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.committee.BallotVariables;
import cn.wuhan.qualityaward.nomination.PersonalData;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for what would let one expert read another's scores, or one committee member
 * another's vote, and except for a nominee's personal data: score-sheet and ballot variables, the
 * variables of {@link PersonalData} (resident ID number, misconduct), the decisions whose inputs are
 * personal data (by key, {@link PersonalData#DECISIONS}), and the raw form submissions. The score
 * sheets and the nominations themselves are kept in the project's tables.
 */
public class BlindScoringHistoryLevel implements HistoryLevel {

    public static final String NAME = "full-blind-scoring";

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
        if (entity instanceof VariableInstance variable && isWithheld(variable.getName())) {
            return false;
        }
        // the detail of an update is asked about separately, with the event rather than the variable
        if (entity instanceof HistoricVariableUpdateEventEntity update && isWithheld(update.getVariableName())) {
            return false;
        }
        if (eventType == HistoryEventTypes.DMN_DECISION_EVALUATE
                && entity instanceof DecisionDefinition decision
                && PersonalData.isPersonalDecision(decision.getKey())) {
            return false;
        }
        return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
    }

    private static boolean isWithheld(String variableName) {
        return ScoreSheetVariables.isSheetVariable(variableName)
                || BallotVariables.isBallotVariable(variableName)
                || PersonalData.isPersonalVariable(variableName);
    }
}
