package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.document.OpenSeats;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Open seats are the experts' open tasks: a seat ends when its task is completed, recused, reassigned or closed. */
@Component
public class EngineOpenSeats implements OpenSeats {

    private final TaskService tasks;

    public EngineOpenSeats(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean holds(long nominationId, String expertId) {
        return tasks.createTaskQuery()
                        .processDefinitionKey(NominationProcess.KEY)
                        .taskDefinitionKeyIn(NominationProcess.Elements.SCORE, NominationProcess.Elements.MODERATE)
                        .taskAssignee(expertId)
                        .processVariableValueEquals(NominationProcess.Variables.NOMINATION_ID.name(), nominationId)
                        .count()
                > 0;
    }
}
