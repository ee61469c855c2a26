package cn.wuhan.qualityaward.roles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A database set up by an older build keeps the grants of its day; each start brings the award
 * groups' grants on all resources ({@code *}) to exactly today's list, and leaves grants on single
 * resources alone.
 */
@AwardIntegrationTest
class PermissionConvergenceTest {

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    IdentitySetup setup;

    final List<String> specificGrants = new ArrayList<>();

    @AfterEach
    void backToTodaysList() {
        specificGrants.forEach(authorizations::deleteAuthorization);
        setup.convergeGrants();
    }

    @Test
    void anObsoleteGrantIsRemovedAMissingPermissionAddedAndAnExtraOneTakenAway() {
        olderList();

        setup.setUp();

        assertThat(grant(Groups.EXPERTS, Resources.DEPLOYMENT, Authorization.ANY))
                .isNull();
        assertThat(grant(Groups.OFFICE, Resources.PROCESS_DEFINITION, Authorization.ANY)
                        .isPermissionGranted(ProcessDefinitionPermissions.READ_HISTORY))
                .isTrue();
        Authorization experts = grant(Groups.EXPERTS, Resources.PROCESS_INSTANCE, Authorization.ANY);
        assertThat(experts.isPermissionGranted(Permissions.CREATE)).isTrue();
        assertThat(experts.isPermissionGranted(Permissions.READ)).isFalse();
    }

    @Test
    void grantsOnSingleResourcesAreLeftAlone() {
        olderList();
        Authorization onOneInstance =
                save(Groups.EXPERTS, Resources.PROCESS_INSTANCE, "some-instance", Permissions.READ, Permissions.UPDATE);
        Authorization onOneTask = save(Groups.COMMITTEE, Resources.TASK, "some-task", Permissions.READ);
        specificGrants.add(onOneInstance.getId());
        specificGrants.add(onOneTask.getId());

        setup.setUp();

        Authorization instance = grant(Groups.EXPERTS, Resources.PROCESS_INSTANCE, "some-instance");
        assertThat(instance.isPermissionGranted(Permissions.UPDATE)).isTrue();
        assertThat(grant(Groups.COMMITTEE, Resources.TASK, "some-task")).isNotNull();
        assertThat(grant(Groups.OFFICE, Resources.APPLICATION, "tasklist").isPermissionGranted(Permissions.ACCESS))
                .isTrue();
    }

    @Test
    void twoNodesConvergingAtOnceBothFinishWithTheSameResult() throws Exception {
        List<Long> before = snapshot();
        olderList();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Void> node = () -> {
            together.await();
            setup.convergeGrants();
            return null;
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                olderList();
                Future<Void> one = nodes.submit(node);
                Future<Void> two = nodes.submit(node);
                one.get();
                two.get();
            }
        } finally {
            nodes.shutdownNow();
        }

        assertThat(snapshot()).isEqualTo(before);
    }

    /** The grants on {@code *} of the award groups, as (group, type, mask) in a stable order. */
    List<Long> snapshot() {
        List<Long> rows = new ArrayList<>();
        for (String group : List.of(Groups.OFFICE, Groups.EXPERTS, Groups.COMMITTEE, Groups.APPROVERS)) {
            authorizations
                    .createAuthorizationQuery()
                    .groupIdIn(group)
                    .resourceId(Authorization.ANY)
                    .orderByResourceType()
                    .asc()
                    .list()
                    .forEach(a -> {
                        rows.add((long) group.hashCode());
                        rows.add((long) a.getResourceType());
                        rows.add((long) ((AuthorizationEntity) a).getPermissions());
                    });
        }
        return rows;
    }

    /** As an older build left it: one grant too many, one permission missing, one permission too many. */
    void olderList() {
        if (grant(Groups.EXPERTS, Resources.DEPLOYMENT, Authorization.ANY) == null) {
            save(Groups.EXPERTS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        }
        Authorization office = grant(Groups.OFFICE, Resources.PROCESS_DEFINITION, Authorization.ANY);
        office.removePermission(ProcessDefinitionPermissions.READ_HISTORY);
        authorizations.saveAuthorization(office);
        Authorization experts = grant(Groups.EXPERTS, Resources.PROCESS_INSTANCE, Authorization.ANY);
        experts.addPermission(Permissions.READ);
        authorizations.saveAuthorization(experts);
    }

    Authorization grant(String group, Resource resource, String resourceId) {
        return authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
    }

    Authorization save(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        return authorizations.saveAuthorization(authorization);
    }
}
