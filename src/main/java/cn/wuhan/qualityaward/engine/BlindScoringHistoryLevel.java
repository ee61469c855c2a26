package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.committee.BallotVariables;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Full history, except for what would let one expert read another's scores, or one committee member
 * another's vote: score-sheet and ballot variables, and the raw form submissions. The score sheets themselves are kept in the project's tables.
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
    if (entity instanceof VariableInstance variable
        && (ScoreSheetVariables.isSheetVariable(variable.getName())
            || BallotVariables.isBallotVariable(variable.getName()))) {
      return false;
    }
    return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
