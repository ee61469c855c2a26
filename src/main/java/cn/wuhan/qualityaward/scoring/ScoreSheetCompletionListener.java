package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;

import cn.wuhan.qualityaward.engine.Refusal;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of a scoring task: checks and stores the assignee's score sheet, then drops the
 * submitted values so they never become process variables. A refused sheet rolls the completion back.
 */
@Component
public class ScoreSheetCompletionListener implements TaskListener {

  private final ScoringService scoring;

  public ScoreSheetCompletionListener(ScoringService scoring) {
    this.scoring = scoring;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> submitted = task.getVariables();
    Object comment = submitted.get(ScoreSheetVariables.COMMENT);
    Refusal.guard(
        () ->
            scoring.submit(
                NOMINATION_ID.required(task),
                task.getAssignee(),
                ScoreSheetVariables.items(submitted),
                comment == null ? null : String.valueOf(comment)));
    submitted.keySet().stream().filter(ScoreSheetVariables::isSheetVariable).forEach(task::removeVariable);
  }
}
