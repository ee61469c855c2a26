package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.document.OpenSeats;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * An open seat is an active seat on the nomination's panel ({@code panel_member}) whose task is still
 * open and held by that expert: it ends when its task is completed, recused, reassigned or closed. A task
 * handed to someone outside the panel (by the administrator) opens no seat.
 */
@Component
public class EngineOpenSeats implements OpenSeats {

    private final TaskService tasks;
    private final PanelRepository panels;

    public EngineOpenSeats(TaskService tasks, PanelRepository panels) {
        this.tasks = tasks;
        this.panels = panels;
    }

    @Override
    public boolean holds(long nominationId, String expertId) {
        return panels.isMember(nominationId, expertId)
                && tasks.createTaskQuery()
                                .processDefinitionKey(NominationProcess.KEY)
                                .taskDefinitionKeyIn(
                                        NominationProcess.Elements.SCORE, NominationProcess.Elements.MODERATE)
                                .taskAssignee(expertId)
                                .processVariableValueEquals(
                                        NominationProcess.Variables.NOMINATION_ID.name(), nominationId)
                                .count()
                        > 0;
    }
}
