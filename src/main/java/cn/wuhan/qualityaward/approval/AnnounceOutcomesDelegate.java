package cn.wuhan.qualityaward.approval;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 表彰: records every outcome, tells each waiting nomination its own, then mails the result. The
 * mail goes last, so a failure before it sends nothing and the retry sends it once.
 */
@Component
public class AnnounceOutcomesDelegate implements JavaDelegate {

    private final AnnouncementService announcements;
    private final OutcomeMessages messages;
    private final AnnouncementNotices notices;

    public AnnounceOutcomesDelegate(
            AnnouncementService announcements, OutcomeMessages messages, AnnouncementNotices notices) {
        this.announcements = announcements;
        this.messages = messages;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        List<Announced> outcomes = announcements.announce(cycleId);
        messages.send(cycleId, outcomes);
        notices.announced(cycleId, outcomes);
    }
}
