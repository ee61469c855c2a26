package cn.wuhan.qualityaward.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roles, what each may do, and the Tasklist filters they work from. Runs at every start and
 * only adds what is missing, so an administrator's later changes are kept.
 */
@Component
public class IdentitySetup {

  static final String FILTER_MINE = "我的待办";
  static final String FILTER_MY_GROUPS = "本组待认领";
  static final String FILTER_ALL_OPEN = "全部在办任务";
  static final String FILTER_OFFERED_TO_ME = "待我认领";

  /** Shown on each task card, so people can tell one nominee's task from another's. */
  private static final List<Map<String, String>> SHOWN_VARIABLES =
      List.of(
          Map.of("name", "nomineeName", "label", "被推荐人"),
          Map.of("name", "referenceNo", "label", "申报编号"),
          Map.of("name", "trackLabel", "label", "评审类别"),
          Map.of("name", "cycleName", "label", "评选周期"));

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  public IdentitySetup(
      IdentityService identity, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void setUp() {
    Groups.NAMES.forEach(this::ensureGroup);
    for (String group : new String[] {Groups.OFFICE, Groups.EXPERTS, Groups.COMMITTEE, Groups.APPROVERS}) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    }
    grant(Groups.OFFICE, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        Groups.OFFICE,
        Resources.PROCESS_DEFINITION,
        Authorization.ANY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant(Groups.OFFICE, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE, Permissions.READ);
    grant(Groups.OFFICE, Resources.TASK, Authorization.ANY, Permissions.READ);
    grant(Groups.OFFICE, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(Groups.OFFICE, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    grant(Groups.OFFICE, Resources.USER, Authorization.ANY, Permissions.READ);
    grant(Groups.OFFICE, Resources.GROUP, Authorization.ANY, Permissions.READ);
    grant(Groups.EXPERTS, Resources.PROCESS_DEFINITION, NominationProcess.KEY, Permissions.READ);
    grant(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, AwardCycleProcess.KEY, Permissions.READ);
    grant(Groups.APPROVERS, Resources.PROCESS_DEFINITION, AwardCycleProcess.KEY, Permissions.READ);
    // anyone who works in the system may file an objection during the public notice
    for (String group : new String[] {Groups.EXPERTS, Groups.COMMITTEE, Groups.APPROVERS}) {
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          ObjectionProcess.KEY,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    // the office, committee and approvers work from their group's queue; experts, who have no such
    // queue, land on their own tasks
    String groups =
        ensureFilter(
            FILTER_MY_GROUPS,
            -10,
            "我所在小组可以认领的任务",
            tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    String mine = ensureFilter(FILTER_MINE, 0, "分配给我的任务", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    String all = ensureFilter(FILTER_ALL_OPEN, 10, "评审办公室查看的全部在办任务", tasks.createTaskQuery());
    for (String group : new String[] {Groups.OFFICE, Groups.EXPERTS, Groups.COMMITTEE, Groups.APPROVERS}) {
      grant(group, Resources.FILTER, mine, Permissions.READ);
    }
    for (String group : new String[] {Groups.OFFICE, Groups.COMMITTEE, Groups.APPROVERS}) {
      grant(group, Resources.FILTER, groups, Permissions.READ);
    }
    grant(Groups.OFFICE, Resources.FILTER, all, Permissions.READ);

    // recommending units file their own nominations and answer the 补正 requests offered to them by name
    grant(Groups.RECOMMENDERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(
        Groups.RECOMMENDERS,
        Resources.PROCESS_DEFINITION,
        NominationProcess.KEY,
        ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.RECOMMENDERS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    String offered =
        ensureFilter(
            FILTER_OFFERED_TO_ME, -5, "指名由我认领的任务（推荐单位的补正）",
            tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
    grant(Groups.RECOMMENDERS, Resources.FILTER, mine, Permissions.READ);
    grant(Groups.RECOMMENDERS, Resources.FILTER, offered, Permissions.READ);
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists =
        authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private String ensureFilter(String name, int priority, String description, TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      return existing.getId();
    }
    Filter filter =
        filters
            .newTaskFilter(name)
            .setOwner("admin")
            .setQuery(query)
            .setProperties(
                Map.of(
                    "priority", priority,
                    "description", description,
                    "refresh", true,
                    "variables", SHOWN_VARIABLES));
    filters.saveFilter(filter);
    return filter.getId();
  }
}
