package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.EXPERT;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;

import cn.wuhan.qualityaward.engine.Refusal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after an expert completes the scoring task: checks and stores the score sheet, then drops
 * the submitted values, within the completion's transaction, so they never persist as process
 * variables. A refused sheet rolls the completion back and the task stays open.
 */
@Component
public class StoreScoreSheetDelegate implements JavaDelegate {

  private final ScoringService scoring;

  public StoreScoreSheetDelegate(ScoringService scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> submitted = execution.getVariables();
    Object comment = submitted.get(ScoreSheetVariables.COMMENT);
    Refusal.guard(
        () ->
            scoring.submit(
                NOMINATION_ID.required(execution),
                String.valueOf(execution.getVariable(EXPERT)),
                ScoreSheetVariables.items(submitted),
                comment == null ? null : String.valueOf(comment)));
    submitted.keySet().stream().filter(ScoreSheetVariables::isSheetVariable).forEach(execution::removeVariable);
  }
}
