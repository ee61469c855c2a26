package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.common.BeforeServing;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * New tasks give their assignee and candidates {@code READ} and {@code TASK_WORK} only
 * ({@code defaultUserPermissionNameForTask}); tasks created before that setting still grant
 * {@code UPDATE}, which lets a person write variables and reassign. At every start such per-task
 * grants are narrowed to {@code TASK_WORK}; grants on all tasks ({@code *}) are an administrator's and
 * stay as they are.
 */
@Component
public class TaskPermissionsUpgrade {

    private final AuthorizationService authorizations;

    public TaskPermissionsUpgrade(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(BeforeServing.class)
    @Order(0)
    public void narrowOpenTasks() {
        for (Authorization grant : authorizations
                .createAuthorizationQuery()
                .resourceType(Resources.TASK)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .hasPermission(TaskPermissions.UPDATE)
                .list()) {
            if (Authorization.ANY.equals(grant.getResourceId())) {
                continue;
            }
            grant.removePermission(TaskPermissions.UPDATE);
            grant.removePermission(TaskPermissions.UPDATE_VARIABLE);
            grant.addPermission(TaskPermissions.TASK_WORK);
            authorizations.saveAuthorization(grant);
        }
    }
}
