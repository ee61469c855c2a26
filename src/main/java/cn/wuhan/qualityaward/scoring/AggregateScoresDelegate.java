package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.FINAL_SCORE;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sums each sheet and aggregates the panel's totals into the final score. */
@Component
public class AggregateScoresDelegate implements JavaDelegate {

  private final ScoringService scoring;

  public AggregateScoresDelegate(ScoringService scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ScoreSummary summary = scoring.finish(NOMINATION_ID.required(execution));
    FINAL_SCORE.set(execution, summary.finalScore().doubleValue());
  }
}
