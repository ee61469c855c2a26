package cn.wuhan.qualityaward.approval;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 表彰: tells each waiting nomination whether it is awarded. */
@Component
public class AnnounceOutcomesDelegate implements JavaDelegate {

  private final AnnouncementService announcements;
  private final NominationService nominations;
  private final RuntimeService runtime;

  public AnnounceOutcomesDelegate(
      AnnouncementService announcements, NominationService nominations, RuntimeService runtime) {
    this.announcements = announcements;
    this.nominations = nominations;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<Long, Boolean> outcomes = announcements.announce(CYCLE_ID.required(execution));
    outcomes.forEach(
        (nominationId, awarded) ->
            SystemAuthority.run(
                () ->
                    runtime
                        .createMessageCorrelation(NominationProcess.Messages.CYCLE_DECIDED)
                        .processInstanceBusinessKey(nominations.get(nominationId).referenceNo())
                        .setVariable(NominationProcess.Variables.AWARDED.name(), awarded)
                        .correlate()));
  }
}
