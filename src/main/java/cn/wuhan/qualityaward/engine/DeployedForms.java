package cn.wuhan.qualityaward.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The Camunda Form a task or a start event shows, read from its deployment exactly as Tasklist
 * renders it, so forms deployed or generated at run time are read the same way.
 */
@Component
public class DeployedForms {

    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;

    public DeployedForms(FormService forms, TaskService tasks, RepositoryService repository, IdentityService identity) {
        this.forms = forms;
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
    }

    /** The task's form; empty when the task does not exist (any more). A task without a form declares nothing. */
    public Optional<FormFields> ofTask(String taskId) {
        return asSystem(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
            if (task == null) {
                return Optional.empty();
            }
            FormData data = forms.getTaskFormData(taskId);
            return Optional.of(
                    read(data == null ? null : data.getCamundaFormRef(), () -> forms.getDeployedTaskForm(taskId)));
        });
    }

    /**
     * The task's assignee, {@code ""} when nobody has claimed it; empty when the task does not exist
     * (any more), which is the engine's to answer (404), not a refusal of the caller.
     */
    public Optional<String> assigneeOf(String taskId) {
        return asSystem(
                () -> Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                        .map(task -> task.getAssignee() == null ? "" : task.getAssignee()));
    }

    /** The start form of a process definition; empty when there is no such definition. */
    public Optional<FormFields> ofStart(String processDefinitionId) {
        return asSystem(() -> {
            ProcessDefinition definition = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionId(processDefinitionId)
                    .singleResult();
            if (definition == null) {
                return Optional.empty();
            }
            FormData data = forms.getStartFormData(processDefinitionId);
            return Optional.of(read(
                    data == null ? null : data.getCamundaFormRef(),
                    () -> forms.getDeployedStartForm(processDefinitionId)));
        });
    }

    /** The latest version of a process definition by key, as REST's start by key uses it. */
    public Optional<String> latestDefinitionId(String key, String tenantId) {
        return asSystem(() -> {
            var query = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey(key)
                    .latestVersion();
            if (tenantId == null) {
                query.withoutTenantId();
            } else {
                query.tenantIdIn(tenantId);
            }
            ProcessDefinition definition = query.singleResult();
            return Optional.ofNullable(definition == null ? null : definition.getId());
        });
    }

    private static FormFields read(CamundaFormRef reference, Supplier<InputStream> deployed) {
        if (reference == null) {
            return FormFields.none();
        }
        try (InputStream form = deployed.get()) {
            return FormFields.of(form);
        } catch (ProcessEngineException | IOException missing) {
            return FormFields.none();
        }
    }

    /** The person's own permissions are checked by the engine when the request itself runs. */
    private <T> T asSystem(Supplier<T> work) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
