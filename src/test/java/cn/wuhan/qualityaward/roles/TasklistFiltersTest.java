package cn.wuhan.qualityaward.roles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist opens the filter of lowest priority among those a person may read: that filter is where
 * each role's work waits, and every filter refreshes, so its count stays current.
 */
@AwardIntegrationTest
class TasklistFiltersTest {

    @Autowired
    IdentitySetup setup;

    @Autowired
    FilterService filters;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    TaskService tasks;

    @AfterEach
    void backToTodaysFilters() {
        setup.setUp();
    }

    @Test
    void expertsAndCommitteeMembersLandOnTheirOwnTasks() {
        assertThat(filterNamesOf(Groups.EXPERTS)).first().isEqualTo(IdentitySetup.FILTER_MINE);
        assertThat(filterNamesOf(Groups.COMMITTEE)).containsExactly(IdentitySetup.FILTER_MINE);
    }

    @Test
    void theOfficeLandsOnWhatIsOfferedToItsGroupAndSeesItsOwnTasksNext() {
        assertThat(filterNamesOf(Groups.OFFICE))
                .containsExactly(
                        IdentitySetup.FILTER_MY_GROUPS, IdentitySetup.FILTER_MINE, IdentitySetup.FILTER_ALL_OPEN);
    }

    @Test
    void approversLandOnOneFilterThatHoldsTheApprovalBeforeAndAfterItIsClaimed() {
        assertThat(filterNamesOf(Groups.APPROVERS)).containsExactly(IdentitySetup.FILTER_APPROVALS);
        String approvals = filter(IdentitySetup.FILTER_APPROVALS).getId();
        Task approval = tasks.newTask();
        approval.setName("审定获奖名单（筛选器测试）");
        tasks.saveTask(approval);
        tasks.addCandidateGroup(approval.getId(), Groups.APPROVERS);
        Task officeWork = tasks.newTask();
        tasks.saveTask(officeWork);
        tasks.addCandidateGroup(officeWork.getId(), Groups.OFFICE);
        try {
            assertThat(taskIdsFor("审定甲", approvals)).contains(approval.getId()).doesNotContain(officeWork.getId());

            tasks.claim(approval.getId(), "审定甲");

            assertThat(taskIdsFor("审定甲", approvals)).contains(approval.getId());
            assertThat(taskIdsFor("审定乙", approvals)).doesNotContain(approval.getId());
        } finally {
            tasks.deleteTask(approval.getId(), true);
            tasks.deleteTask(officeWork.getId(), true);
        }
    }

    @Test
    void recommendingUnitsLandOnTheCorrectionsOfferedToThemByName() {
        assertThat(filterNamesOf(Groups.RECOMMENDERS))
                .containsExactly(IdentitySetup.FILTER_OFFERED_TO_ME, IdentitySetup.FILTER_MINE);
    }

    @Test
    void everyFilterRefreshesAndShowsTheCardVariablesWithoutEmptyOnes() {
        List<Filter> ours = List.of(
                        IdentitySetup.FILTER_MY_GROUPS,
                        IdentitySetup.FILTER_APPROVALS,
                        IdentitySetup.FILTER_OFFERED_TO_ME,
                        IdentitySetup.FILTER_MINE,
                        IdentitySetup.FILTER_ALL_OPEN)
                .stream()
                .map(this::filter)
                .toList();
        assertThat(ours).allSatisfy(filter -> {
            assertThat(filter.getProperties()).containsEntry("refresh", true);
            assertThat(filter.getProperties()).containsEntry("showUndefinedVariable", false);
            assertThat(filter.getProperties()).containsKey("variables");
        });
    }

    @Test
    void aDatabaseSetUpByAnOlderBuildGetsTodaysOrderAndTheCommitteeLosesTheEmptyGroupQueue() {
        Filter groupQueue = filter(IdentitySetup.FILTER_MY_GROUPS);
        Map<String, Object> older = new HashMap<>(groupQueue.getProperties());
        older.put("priority", 30);
        older.put("refresh", false);
        groupQueue.setProperties(older);
        filters.saveFilter(groupQueue);
        Authorization committeeRead = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        committeeRead.setGroupId(Groups.COMMITTEE);
        committeeRead.setResource(Resources.FILTER);
        committeeRead.setResourceId(groupQueue.getId());
        committeeRead.addPermission(Permissions.READ);
        authorizations.saveAuthorization(committeeRead);
        assertThat(filterNamesOf(Groups.COMMITTEE)).contains(IdentitySetup.FILTER_MY_GROUPS);

        setup.setUp();

        assertThat(filter(IdentitySetup.FILTER_MY_GROUPS).getProperties())
                .containsEntry("priority", -20)
                .containsEntry("refresh", true);
        assertThat(filterNamesOf(Groups.COMMITTEE)).containsExactly(IdentitySetup.FILTER_MINE);
        assertThat(filterNamesOf(Groups.OFFICE)).first().isEqualTo(IdentitySetup.FILTER_MY_GROUPS);
    }

    private List<String> taskIdsFor(String approver, String filterId) {
        identity.setAuthentication(approver, List.of(Groups.APPROVERS));
        try {
            return filters.<Task>list(filterId).stream().map(Task::getId).toList();
        } finally {
            identity.clearAuthentication();
        }
    }

    private Filter filter(String name) {
        return filters.createFilterQuery().filterName(name).singleResult();
    }

    /** The filters a member of the group may read, in Tasklist's order (lowest priority first). */
    private List<String> filterNamesOf(String group) {
        identity.setAuthentication("someone-of-" + group, List.of(group));
        try {
            return filters.createFilterQuery().list().stream()
                    .sorted(Comparator.comparingInt(
                            filter -> ((Number) filter.getProperties().get("priority")).intValue()))
                    .map(Filter::getName)
                    .toList();
        } finally {
            identity.clearAuthentication();
        }
    }
}
