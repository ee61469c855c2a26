package cn.wuhan.qualityaward.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Every user task of every model, without a line in the models:
 *
 * <ul>
 *   <li>on create, the Tasklist card's variables ({@link TaskCard}) are copied onto the task, so a
 *       person reads them with the task and needs no read permission on the process instance;
 *   <li>on complete, the authenticated user must be the task's assignee (a group task is claimed
 *       first) and, for a group task, a member of one of its candidate groups or one of its candidate
 *       users (named from the award's tables, e.g. a nomination's recommending unit); the assignee is handed
 *       to the next steps as {@link Actors#completedBy}, a transient variable nobody can send;
 *   <li>on assignment, the previous assignee's grant on the task is withdrawn (unless they are also one
 *       of its candidate users): the engine grants the new assignee but leaves the old grant, so a task
 *       the administrator handed to someone and took back stayed readable to them, and with it who sits
 *       on a panel.
 * </ul>
 */
@Component
public class TaskTrustPlugin extends AbstractProcessEnginePlugin {

    static final String NOT_ASSIGNEE = "只有任务的办理人本人可以提交；组任务请先认领，本次提交未保存";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition =
                        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, TaskTrustPlugin::copyCard);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, TaskTrustPlugin::checkActor);
                definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, TaskTrustPlugin::withdrawFormerAssignee);
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    static void copyCard(DelegateTask task) {
        for (String name : TaskCard.VARIABLES) {
            Object value = task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }

    static void checkActor(DelegateTask task) {
        Authentication authentication =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String assignee = task.getAssignee();
        if (authentication != null && authentication.getUserId() != null) {
            String user = authentication.getUserId();
            if (!user.equals(assignee) || !inCandidateGroup(task, authentication)) {
                throw new BadUserRequestException(NOT_ASSIGNEE);
            }
        }
        // not local: a task with boundary events runs in a scope of its own, gone once the task completes
        task.getExecution().setVariable(Actors.COMPLETED_BY, Variables.stringValue(assignee, true));
    }

    static void withdrawFormerAssignee(DelegateTask task) {
        if (!(task instanceof TaskEntity entity)) {
            return;
        }
        PropertyChange change = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
        String former = change == null ? null : (String) change.getOrgValue();
        if (former == null || former.equals(task.getAssignee())) {
            return;
        }
        boolean candidate = task.getCandidates().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && former.equals(link.getUserId()));
        if (candidate) {
            return;
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            AuthorizationService authorizations =
                    task.getProcessEngineServices().getAuthorizationService();
            authorizations
                    .createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT)
                    .resourceType(Resources.TASK)
                    .resourceId(task.getId())
                    .userIdIn(former)
                    .list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            return null;
        });
    }

    private static boolean inCandidateGroup(DelegateTask task, Authentication authentication) {
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
        // a task offered to named people as well (登记补正材料 to the filing unit's recommenders)
        boolean candidateUser = task.getCandidates().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && authentication.getUserId().equals(link.getUserId()));
        if (groups.isEmpty() || candidateUser) {
            return true;
        }
        List<String> member = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return member.stream().anyMatch(groups::contains);
    }
}
