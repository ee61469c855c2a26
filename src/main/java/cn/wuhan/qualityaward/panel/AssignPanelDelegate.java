package cn.wuhan.qualityaward.panel;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.PANEL_LEADER;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SCORING_EXPERTS;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SCORING_DUE_DATE;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.identity.NominationReaders;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Picks the panel; one scoring task per expert follows, due at the cycle's scoring deadline. */
@Component
public class AssignPanelDelegate implements JavaDelegate {

  private final PanelService panels;
  private final NominationService nominations;
  private final AwardCycleService cycles;
  private final NominationReaders readers;

  public AssignPanelDelegate(
      PanelService panels, NominationService nominations, AwardCycleService cycles, NominationReaders readers) {
    this.panels = panels;
    this.nominations = nominations;
    this.cycles = cycles;
    this.readers = readers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long nominationId = NOMINATION_ID.required(execution);
    List<String> experts = SystemAuthority.call(() -> panels.assign(nominationId));
    execution.setVariable(SCORING_EXPERTS, new ArrayList<>(experts));
    PANEL_LEADER.set(execution, experts.get(0));
    readers.grant(execution.getProcessInstanceId(), experts);
    String cycleId = nominations.get(nominationId).cycleId();
    SCORING_DUE_DATE.set(execution, Date.from(cycles.get(cycleId).scoringDeadline()));
  }
}
