package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.*;

import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the committee's decision; an upheld objection takes the candidate off the list. */
@Component
public class RecordObjectionDecisionDelegate implements JavaDelegate {

  private final ObjectionService objections;

  public RecordObjectionDecisionDelegate(ObjectionService objections) {
    this.objections = objections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Refusal.guard(
        () ->
            objections.decide(
                OBJECTION_ID.required(execution), DECISION.from(execution), REASON.from(execution), Actors.current(execution)));
  }
}
