package cn.wuhan.qualityaward.approval;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.notification.Notifier;
import cn.wuhan.qualityaward.nomination.CycleOutcome;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.Map;
import java.util.stream.Collectors;
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
  private final Notifier notifier;

  public AnnounceOutcomesDelegate(
      AnnouncementService announcements, NominationService nominations, RuntimeService runtime, Notifier notifier) {
    this.announcements = announcements;
    this.nominations = nominations;
    this.runtime = runtime;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycleId = CYCLE_ID.required(execution);
    Map<Long, CycleOutcome> outcomes = announcements.announce(cycleId);
    String winners =
        outcomes.entrySet().stream()
            .filter(e -> e.getValue() == CycleOutcome.AWARDED)
            .map(e -> nominations.get(e.getKey()))
            .map(n -> n.nomineeName() + "（" + n.organization() + "）")
            .collect(Collectors.joining("、"));
    for (String group : new String[] {Groups.OFFICE, Groups.COMMITTEE, Groups.APPROVERS}) {
      notifier.toGroup(
          group,
          "【市长质量奖】评选周期 " + cycleId + " 结果公布",
          "经市政府审定，本周期获奖人员为：" + (winners.isEmpty() ? "无" : winners) + "。各申报的结果已记入系统。");
    }
    outcomes.forEach(
        (nominationId, outcome) ->
            SystemAuthority.run(
                () ->
                    runtime
                        .createMessageCorrelation(NominationProcess.Messages.CYCLE_DECIDED)
                        .processInstanceBusinessKey(nominations.get(nominationId).referenceNo())
                        .setVariable(NominationProcess.Variables.CYCLE_OUTCOME.name(), outcome.name())
                        .correlate()));
  }
}
