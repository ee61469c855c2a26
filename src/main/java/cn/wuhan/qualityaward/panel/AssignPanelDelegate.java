package cn.wuhan.qualityaward.panel;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.PANEL_PROBLEM;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SCORING_DUE_DATE;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SCORING_EXPERTS;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Forms the panel; one scoring seat per expert follows. When the pool cannot supply a full,
 * conflict-free panel, the office is asked to add experts (a business outcome, not a failure).
 */
@Component
public class AssignPanelDelegate implements JavaDelegate {

    private final PanelService panels;
    private final NominationService nominations;
    private final AwardCycleService cycles;

    public AssignPanelDelegate(PanelService panels, NominationService nominations, AwardCycleService cycles) {
        this.panels = panels;
        this.nominations = nominations;
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long nominationId = NOMINATION_ID.required(execution);
        List<String> experts;
        try {
            experts = SystemAuthority.call(() -> panels.assign(nominationId));
        } catch (PanelUnavailableException shortage) {
            PANEL_PROBLEM.set(execution, shortage.getMessage());
            throw new BpmnError(NominationProcess.Errors.PANEL_UNAVAILABLE, shortage.getMessage());
        }
        PANEL_PROBLEM.remove(execution);
        execution.setVariable(SCORING_EXPERTS, new ArrayList<>(experts));
        String cycleId = nominations.get(nominationId).cycleId();
        SCORING_DUE_DATE.set(execution, Date.from(cycles.get(cycleId).scoringDeadline()));
    }
}
