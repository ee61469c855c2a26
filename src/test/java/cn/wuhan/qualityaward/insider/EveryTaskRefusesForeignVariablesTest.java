package cn.wuhan.qualityaward.insider;

import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import cn.wuhan.qualityaward.engine.FormFields;
import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import cn.wuhan.qualityaward.support.WaitingWorld;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated from the deployed models, not listed by hand: for one open task of every user task
 * definition, as its legitimate assignee over {@code /engine-rest}, a completion carrying each of
 * the instance's variables that its form does not offer is refused with the database unchanged; so
 * is a completion by anyone but the assignee, over REST and through the Java API.
 */
@AwardIntegrationTest
class EveryTaskRefusesForeignVariablesTest {

    private static final Map<String, String> MEMBER_OF =
            Map.of("award-office", "office", "approvers", "approver", "committee", "committee1");

    private static WaitingWorld world;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> aCompletionCarryingAnyVariableItsFormDoesNotOfferIsRefused() {
        List<DynamicTest> cases = new ArrayList<>();
        for (Task task : oneTaskPerDefinition()) {
            String user = legitimateUser(task);
            // the database as it was before this task's first case; every case must leave it so, and a
            // snapshot of the whole shared database per case doubled the cost of the largest test class
            Supplier<AwardDataSnapshot> before = memoized(() -> AwardDataSnapshot.take(jdbc, engine));
            Set<String> editable = formOf(task).editable();
            Set<String> foreign = new TreeSet<>();
            engine
                    .getRuntimeService()
                    .createVariableInstanceQuery()
                    .processInstanceIdIn(task.getProcessInstanceId())
                    .list()
                    .stream()
                    .map(VariableInstance::getName)
                    .filter(name -> !editable.contains(name))
                    .forEach(foreign::add);
            foreign.addAll(List.of("completedBy", "expert", "member", "objectionId", "nominationId", "cycleId"));
            foreign.removeAll(editable);
            for (String name : foreign) {
                for (String endpoint : List.of("complete", "submit-form")) {
                    cases.add(dynamicTest(
                            task.getTaskDefinitionKey() + " as " + user + " with “" + name + "” via " + endpoint,
                            () -> {
                                before.get();
                                var response = RestClient.as(http, user)
                                        .post(
                                                "/engine-rest/task/" + task.getId() + "/" + endpoint,
                                                RestVariables.variables()
                                                        .with(name, user.equals("expert2") ? "expert1" : "expert2")
                                                        .body());
                                assertRefused(response, HttpStatus.BAD_REQUEST, "UNDECLARED_VARIABLE", name);
                                assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before.get());
                            }));
                }
            }
            cases.add(dynamicTest(
                    task.getTaskDefinitionKey() + " completed over REST by someone else in the same role", () -> {
                        before.get();
                        var response = RestClient.as(http, otherUserLike(user))
                                .post("/engine-rest/task/" + task.getId() + "/complete", Map.of());
                        assertThat(response.getStatusCode().is4xxClientError())
                                .as(response.getBody())
                                .isTrue();
                        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before.get());
                    }));
            cases.add(dynamicTest(
                    task.getTaskDefinitionKey()
                            + " completed through the engine by someone authenticated who is not its assignee",
                    () -> {
                        before.get();
                        String other = otherUserLike(user);
                        engine.getIdentityService()
                                .setAuthentication(other, List.of("award-office", "experts", "committee", "approvers"));
                        try {
                            // the engine refuses for want of TASK_WORK, or our check for want of being the assignee
                            Assertions.assertThatThrownBy(
                                            () -> engine.getTaskService().complete(task.getId()))
                                    .satisfiesAnyOf(
                                            refused -> assertThat(refused).isInstanceOf(AuthorizationException.class),
                                            refused -> assertThat(refused)
                                                    .hasMessageContaining("只有任务的办理人本人可以提交")
                                                    .hasRootCauseInstanceOf(BadUserRequestException.class));
                        } finally {
                            engine.getIdentityService().clearAuthentication();
                        }
                        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before.get());
                    }));
        }
        assertThat(cases).as("cases generated").hasSizeGreaterThan(100);
        return cases.stream();
    }

    /** The value {@code taking} gives the first time it is asked for, given again after that. */
    private static <T> Supplier<T> memoized(Supplier<T> taking) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = taking.get();
            }
            @SuppressWarnings("unchecked")
            T taken = (T) value[0];
            return taken;
        };
    }

    /** One open task per user task definition of the world, claimed by a member of its group where it has one. */
    private List<Task> oneTaskPerDefinition() {
        if (world == null) {
            world = WaitingWorld.build(scenario);
        }
        Map<String, Task> byDefinition = new LinkedHashMap<>();
        for (ProcessInstance instance : world.instances()) {
            for (Task task : engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instance.getId())
                    .orderByTaskAssignee()
                    .asc()
                    .list()) {
                byDefinition.putIfAbsent(
                        task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey(), task);
            }
        }
        List<Task> claimed = new ArrayList<>();
        for (Task task : byDefinition.values()) {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), MEMBER_OF.get(candidateGroup(task)));
            }
            claimed.add(engine.getTaskService()
                    .createTaskQuery()
                    .taskId(task.getId())
                    .singleResult());
        }
        assertThat(claimed).as("user task definitions reached").hasSizeGreaterThanOrEqualTo(10);
        return claimed;
    }

    private String candidateGroup(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId)
                .filter(g -> g != null)
                .findFirst()
                .orElseThrow();
    }

    private static String legitimateUser(Task task) {
        return task.getAssignee();
    }

    private static String otherUserLike(String user) {
        if (user.startsWith("expert")) {
            return user.equals("expert1") ? "expert2" : "expert1";
        }
        if (user.startsWith("committee")) {
            return user.equals("committee1") ? "committee2" : "committee1";
        }
        return user.equals("office") ? "admin" : "office";
    }

    private FormFields formOf(Task task) {
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return FormFields.of(form);
        } catch (Exception none) {
            return FormFields.none();
        }
    }
}
