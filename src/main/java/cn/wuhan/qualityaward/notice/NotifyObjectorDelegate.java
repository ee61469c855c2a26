package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.OBJECTION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component
public class NotifyObjectorDelegate implements JavaDelegate {

  private final ObjectionNotices notices;

  public NotifyObjectorDelegate(ObjectionNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.decided(OBJECTION_ID.required(execution));
  }
}
