package cn.wuhan.qualityaward.roles;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.wuhan.qualityaward.common.BeforeServing;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.engine.TaskCard;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The roles, what each may do, and the Tasklist filters they work from. Runs at every start.
 *
 * <p>The award groups' grants on all resources ({@code *}) are brought to exactly the list in
 * {@link #declaredGrants()}: missing ones are added, permissions added or taken away, and {@code *}
 * grants the list no longer holds are deleted, so a changed list reaches a database that an older
 * build set up. Grants on a single resource (an application, a process key, a filter, an instance or
 * task, or one made in Admin on an id) only gain what the list declares and are otherwise left alone,
 * as are revocations. Several nodes may start at once: every step re-reads what it changes and is
 * tried again when another node changed the same row first. Tasklist filters are created when
 * missing and otherwise get today's properties (order, description, card variables); a filter grant a
 * role no longer has is withdrawn.
 */
@Component
public class IdentitySetup {

    static final String FILTER_MINE = "我的待办";
    static final String FILTER_MY_GROUPS = "本组待认领";
    static final String FILTER_ALL_OPEN = "全部在办任务";
    static final String FILTER_OFFERED_TO_ME = "待我认领";
    static final String FILTER_APPROVALS = "我的审定待办";

    /** Shown on each task card, so people can tell one nominee's task from another's. */
    private static final Map<String, String> CARD_LABELS =
            Map.of("nomineeName", "被推荐人", "referenceNo", "申报编号", "trackLabel", "评审类别", "cycleName", "评选周期");
    /** The variables each task carries for its card ({@link TaskCard}), with their Chinese labels. */
    private static final List<Map<String, String>> SHOWN_VARIABLES = TaskCard.VARIABLES.stream()
            .map(name -> Map.of("name", name, "label", CARD_LABELS.get(name)))
            .toList();

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySetup.class);

    private static final List<String> AWARD_GROUPS =
            List.of(Groups.OFFICE, Groups.EXPERTS, Groups.COMMITTEE, Groups.APPROVERS);

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

    @EventListener(BeforeServing.class)
    @Order(1)
    public void setUp() {
        Groups.NAMES.forEach((id, name) -> retrying("group " + id, () -> ensureGroup(id, name)));
        convergeGrants();

        // each role lands on the filter that holds its work (Tasklist opens the filter of lowest
        // priority): the office and the approvers on what is offered to their group (形式审查, 审定:
        // any member may take it), recommending units on the 补正 offered to them by name, experts and
        // committee members, whose tasks are assigned to them by name, on their own tasks
        String groups = ensureFilter(
                FILTER_MY_GROUPS,
                -20,
                "我所在小组的任务，尚无人认领：认领后才能办理，认领后移到“我的待办”",
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        String mine = ensureFilter(
                FILTER_MINE, -10, "分配给我或由我认领的任务", tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        String all = ensureFilter(FILTER_ALL_OPEN, 10, "评审办公室查看的全部在办任务", tasks.createTaskQuery());
        for (String group : new String[] {Groups.OFFICE, Groups.EXPERTS, Groups.COMMITTEE}) {
            grant(group, Resources.FILTER, mine, Permissions.READ);
        }
        grant(Groups.OFFICE, Resources.FILTER, groups, Permissions.READ);
        // the 审定 is offered to the approvers' group (any member may take it) and, once claimed, is the
        // claimer's own: one filter holds both, so an approver lands on the approval before and after
        // claiming it, instead of on a group queue that empties as soon as the task is claimed
        String approvals = ensureFilter(
                FILTER_APPROVALS,
                -25,
                "等待市政府审定组认领的任务和我已认领的任务：认领后才能办理",
                tasks.createTaskQuery()
                        .or()
                        .taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroup(Groups.APPROVERS)
                        .endOr());
        grant(Groups.APPROVERS, Resources.FILTER, approvals, Permissions.READ);
        retrying("approvers' older filters", () -> {
            withdraw(Groups.APPROVERS, Resources.FILTER, groups);
            withdraw(Groups.APPROVERS, Resources.FILTER, mine);
        });
        // nothing is ever offered to the committee as a group (each member gets a ballot by name), so
        // its group queue was always empty and, listed first, hid the ballot waiting under 我的待办
        retrying("committee's group queue", () -> withdraw(Groups.COMMITTEE, Resources.FILTER, groups));
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
        String offered = ensureFilter(
                FILTER_OFFERED_TO_ME,
                -15,
                "指名由我认领的任务（推荐单位的补正）：认领后才能办理",
                tasks.createTaskQuery().taskCandidateUserExpression("${currentUser()}"));
        grant(Groups.RECOMMENDERS, Resources.FILTER, mine, Permissions.READ);
        grant(Groups.RECOMMENDERS, Resources.FILTER, offered, Permissions.READ);
    }

    /** Brings the award groups' grants to {@link #declaredGrants()} (see the class comment). */
    void convergeGrants() {
        List<Grant> declared = declaredGrants();
        declared.forEach(grant -> retrying(grant.toString(), () -> converge(grant)));
        for (String group : AWARD_GROUPS) {
            retrying("obsolete grants of " + group, () -> removeObsoleteGrants(group, declared));
        }
    }

    /** What each award group may do, besides reading its Tasklist filters. */
    static List<Grant> declaredGrants() {
        List<Grant> grants = new ArrayList<>();
        for (String group : AWARD_GROUPS) {
            grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
        }
        grants.add(new Grant(Groups.OFFICE, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        grants.add(new Grant(
                Groups.OFFICE,
                Resources.PROCESS_DEFINITION,
                Authorization.ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_HISTORY));
        grants.add(new Grant(
                Groups.OFFICE, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE, Permissions.READ));
        grants.add(new Grant(Groups.OFFICE, Resources.TASK, Authorization.ANY, Permissions.READ));
        grants.add(new Grant(
                Groups.OFFICE,
                Resources.DECISION_DEFINITION,
                Authorization.ANY,
                Permissions.READ,
                Permissions.READ_HISTORY));
        grants.add(new Grant(Groups.OFFICE, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ));
        grants.add(new Grant(Groups.OFFICE, Resources.USER, Authorization.ANY, Permissions.READ));
        grants.add(new Grant(Groups.OFFICE, Resources.GROUP, Authorization.ANY, Permissions.READ));
        grants.add(new Grant(Groups.EXPERTS, Resources.PROCESS_DEFINITION, NominationProcess.KEY, Permissions.READ));
        grants.add(new Grant(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, AwardCycleProcess.KEY, Permissions.READ));
        grants.add(new Grant(Groups.APPROVERS, Resources.PROCESS_DEFINITION, AwardCycleProcess.KEY, Permissions.READ));
        // every person who works in the system may file an objection during the public notice; a
        // recommending unit's account is not a person: its people object in the public form
        for (String group : new String[] {Groups.EXPERTS, Groups.COMMITTEE, Groups.APPROVERS}) {
            grants.add(new Grant(
                    group,
                    Resources.PROCESS_DEFINITION,
                    ObjectionProcess.KEY,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(new Grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE));
        }
        return grants;
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** A grant on one filter: the filter's own id, so never on {@code *}. */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Grant grant = new Grant(groupId, resource, resourceId, permissions);
        retrying(grant.toString(), () -> converge(grant));
    }

    /** A {@code *} grant gets exactly the declared permissions; a grant on one resource at least them. */
    private void converge(Grant grant) {
        Authorization existing = authorizations
                .createAuthorizationQuery()
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .authorizationType(AUTH_TYPE_GRANT)
                .singleResult();
        if (existing == null) {
            Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.groupId());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            authorization.setPermissions(grant.permissions());
            authorizations.saveAuthorization(authorization);
            return;
        }
        int current = ((AuthorizationEntity) existing).getPermissions();
        int wanted = grant.isOnAll() ? grant.mask() : current | grant.mask();
        if (current != wanted) {
            LOG.info("权限收敛：{} 由 {} 改为 {}", grant, current, wanted);
            ((AuthorizationEntity) existing).setPermissions(wanted);
            authorizations.saveAuthorization(existing);
        }
    }

    private void removeObsoleteGrants(String group, List<Grant> declared) {
        Set<Integer> kept = declared.stream()
                .filter(grant -> grant.groupId().equals(group) && grant.isOnAll())
                .map(grant -> grant.resource().resourceType())
                .collect(Collectors.toSet());
        for (Authorization obsolete : authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceId(Authorization.ANY)
                .authorizationType(AUTH_TYPE_GRANT)
                .list()) {
            if (!kept.contains(obsolete.getResourceType())) {
                LOG.info("权限收敛：删除 {} 对资源类型 {} 的全部资源授权", group, obsolete.getResourceType());
                authorizations.deleteAuthorization(obsolete.getId());
            }
        }
    }

    /**
     * Another node starting at the same moment may insert, change or delete the same row first (a
     * unique key, an optimistic lock, a row already gone); the step then re-reads and tries again.
     */
    private static void retrying(String step, Runnable action) {
        for (int attempt = 1; ; attempt++) {
            try {
                action.run();
                return;
            } catch (ProcessEngineException concurrentChange) {
                if (attempt == 3) {
                    throw concurrentChange;
                }
                LOG.info("{} 被其他节点同时修改，重试：{}", step, concurrentChange.getMessage());
            }
        }
    }

    /** One grant of the declared list: a group's permissions on a resource type and id ({@code *}: all). */
    record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {

        boolean isOnAll() {
            return Authorization.ANY.equals(resourceId);
        }

        int mask() {
            int mask = 0;
            for (Permission permission : permissions) {
                mask |= permission.getValue();
            }
            return mask;
        }

        @Override
        public String toString() {
            return groupId + " " + resource.resourceName() + " " + resourceId + " " + Arrays.toString(permissions);
        }
    }

    /**
     * Creates the filter when missing, and otherwise brings its query and properties to today's, so a
     * database an older build set up gets the new order and descriptions on its next start.
     */
    private String ensureFilter(String name, int priority, String description, TaskQuery query) {
        Map<String, Object> properties = Map.of(
                "priority", priority,
                "description", description,
                "refresh", true,
                "showUndefinedVariable", false,
                "variables", SHOWN_VARIABLES);
        String[] id = new String[1];
        retrying("filter " + name, () -> {
            Filter existing = filters.createFilterQuery().filterName(name).singleResult();
            if (existing == null) {
                Filter filter = filters.newTaskFilter(name)
                        .setOwner("admin")
                        .setQuery(query)
                        .setProperties(properties);
                filters.saveFilter(filter);
                id[0] = filter.getId();
                return;
            }
            id[0] = existing.getId();
            if (!properties.equals(existing.getProperties())) {
                LOG.info("筛选器“{}”的属性更新为当前版本", name);
                existing.setProperties(properties);
                filters.saveFilter(existing);
            }
        });
        return id[0];
    }

    /** Takes a group's grant on one resource away, where an older build gave it. */
    private void withdraw(String groupId, Resource resource, String resourceId) {
        Authorization existing = authorizations
                .createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(AUTH_TYPE_GRANT)
                .singleResult();
        if (existing != null) {
            LOG.info("权限收敛：撤销 {} 对 {} {} 的授权", groupId, resource.resourceName(), resourceId);
            authorizations.deleteAuthorization(existing.getId());
        }
    }
}
