package cn.wuhan.qualityaward.approval;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.nomination.CycleOutcome;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
  private final NominationService nominations;
  private final AnnouncementNotices notices;
  private final RuntimeService runtime;

  public AnnounceOutcomesDelegate(
      AnnouncementService announcements, NominationService nominations, AnnouncementNotices notices, RuntimeService runtime) {
    this.announcements = announcements;
    this.nominations = nominations;
    this.notices = notices;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycleId = CYCLE_ID.required(execution);
    Map<Long, CycleOutcome> outcomes = announcements.announce(cycleId);
    outcomes.forEach(
        (nominationId, outcome) ->
            SystemAuthority.run(
                () ->
                    runtime
                        .createMessageCorrelation(NominationProcess.Messages.CYCLE_DECIDED)
                        .processInstanceBusinessKey(nominations.get(nominationId).referenceNo())
                        .setVariable(NominationProcess.Variables.CYCLE_OUTCOME.name(), outcome.name())
                        // nominations started on the model before 撤出名单 branch on this one
                        .setVariable(NominationProcess.Variables.AWARDED_BEFORE_OUTCOMES.name(), outcome == CycleOutcome.AWARDED)
                        .correlate()));
    notices.announced(cycleId, outcomes);
  }
}
