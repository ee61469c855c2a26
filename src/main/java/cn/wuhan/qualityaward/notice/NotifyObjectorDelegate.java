package cn.wuhan.qualityaward.notice;

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
        notices.decided(ObjectionProcess.objectionOf(execution));
    }
}
