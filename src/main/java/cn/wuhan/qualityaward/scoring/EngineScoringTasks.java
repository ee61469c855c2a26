package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.nomination.NominationProcess;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Scoring tasks read through the engine with the caller's own authorizations: a task the caller may not
 * read is not found. The nomination is the instance's {@code nominationId}, which only the register
 * step writes (no form carries it, and people write no variables).
 */
@Component
public class EngineScoringTasks implements ScoringTasks {

    private final TaskService tasks;

    public EngineScoringTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<ScoringTask> open(String taskId) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .processDefinitionKey(NominationProcess.KEY)
                .taskDefinitionKey(NominationProcess.Elements.SCORE)
                .singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Object nominationId = tasks.getVariable(taskId, NominationProcess.Variables.NOMINATION_ID.name());
        if (!(nominationId instanceof Number number)) {
            return Optional.empty();
        }
        return Optional.of(new ScoringTask(taskId, number.longValue(), task.getAssignee()));
    }
}
