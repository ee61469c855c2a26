package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.ScoreSheetBuilder;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Expert A scores through the REST API as Tasklist does; expert B, on the same nomination, looks
 * for A's scores everywhere the engine could show them.
 */
@AwardIntegrationTest
class BlindScoringTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    ProcessInstance nomination;
    Task taskOfA;
    Task taskOfB;

    @BeforeEach
    void expertAHasScored() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        List<Task> open = scenario.scoringTasks(nomination);
        taskOfA = open.get(0);
        taskOfB = open.get(1);

        ResponseEntity<String> submitted = RestClient.as(http, taskOfA.getAssignee())
                .post(
                        "/engine-rest/task/" + taskOfA.getId() + "/submit-form",
                        RestClient.variables(scenario.sheetFor(nomination)
                                .scoringShare(0.55)
                                .withComment("A的独立评语")
                                .variables()));
        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void expertBsFormIsNotPrefilledWithAnythingOfA() {
        ResponseEntity<String> form = expertB().get("/engine-rest/task/" + taskOfB.getId() + "/form-variables");

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody())
                .contains("nomineeName")
                .doesNotContain("score_")
                .doesNotContain("A的独立评语");
    }

    @Test
    void expertBFindsNoScoreAmongTheVariablesTheyCanRead() {
        ResponseEntity<String> variables =
                expertB().get("/engine-rest/variable-instance?processInstanceIdIn=" + nomination.getId());
        ResponseEntity<String> instance =
                expertB().get("/engine-rest/process-instance/" + nomination.getId() + "/variables");
        ResponseEntity<String> throughTask = expertB().get("/engine-rest/task/" + taskOfB.getId() + "/variables");

        assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(instance.getStatusCode().is4xxClientError())
                .as("experts no longer read the instance")
                .isTrue();
        assertThat(variables.getBody())
                .contains("nomineeName")
                .doesNotContain("score_")
                .doesNotContain("A的独立评语");
        assertThat(throughTask.getBody())
                .contains("nomineeName")
                .doesNotContain("score_")
                .doesNotContain("A的独立评语");
        assertThat(throughTask.getBody()).doesNotContain("yearsSince").doesNotContain("idNumber");
    }

    @Test
    void expertANoLongerReadsTheNominationOnceScored() {
        ResponseEntity<String> instance = RestClient.as(http, taskOfA.getAssignee())
                .get("/engine-rest/process-instance/" + nomination.getId() + "/variables");

        assertThat(instance.getBody()).doesNotContain("nomineeName");
    }

    @Test
    void historyHoldsNoScoreEvenForTheAdministratorWhoReadsItAll() {
        ResponseEntity<String> adminView = RestClient.as(http, "admin")
                .get("/engine-rest/history/variable-instance?processInstanceId=" + nomination.getId());
        assertThat(adminView.getBody())
                .contains("nomineeName")
                .doesNotContain("score_")
                .doesNotContain("A的独立评语");
        for (String path : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + nomination.getId(),
                "/engine-rest/history/detail?processInstanceId=" + nomination.getId(),
                "/engine-rest/history/task?processInstanceId=" + nomination.getId())) {
            assertThat(expertB().get(path).getBody())
                    .as(path)
                    .doesNotContain("score_")
                    .doesNotContain("A的独立评语");
        }
    }

    @Test
    void theEngineKeepsNoScoreAnywhereNotEvenForTheAdministrator() {
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(nomination.getId())
                        .variableNameLike("score_%")
                        .count())
                .isZero();
        assertThat(history.createHistoricDetailQuery()
                        .processInstanceId(nomination.getId())
                        .list())
                .noneMatch(d -> d.toString().contains("score_"));
        assertThat(tasks.getVariables(taskOfB.getId()))
                .doesNotContainKeys("score_political_1", ScoreSheetVariables.COMMENT);
    }

    @Test
    void aBadSheetSentStraightToTheApiIsRefusedWithTheItemNamedAndTheTaskStaysOpen() {
        ResponseEntity<String> refused = expertB()
                .post(
                        "/engine-rest/task/" + taskOfB.getId() + "/complete",
                        RestClient.variables(scenario.sheetFor(nomination)
                                .withItem("results_2", 9)
                                .variables()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("关键要求·“结果”第2项的得分须在0到4分之间");
        assertThat(tasks.createTaskQuery().taskId(taskOfB.getId()).count()).isOne();
    }

    static Stream<Arguments> badSheets() {
        return Stream.of(
                Arguments.of(
                        "missing item",
                        (UnaryOperator<ScoreSheetBuilder>) b -> b.withoutItem("moral_1"),
                        "基本条件·“道德品质”第1项未评分"),
                Arguments.of(
                        "not a number",
                        (UnaryOperator<ScoreSheetBuilder>) b -> b.withItem("excellence_2", "两分"),
                        "职业素养·“卓越意识”第2项的得分“两分”不是数字"),
                Arguments.of(
                        "off the half-point step",
                        (UnaryOperator<ScoreSheetBuilder>) b -> b.withItem("qualitySystem_3", 3.3),
                        "须为0.5分的整数倍"),
                Arguments.of(
                        "below zero",
                        (UnaryOperator<ScoreSheetBuilder>) b -> b.withItem("reputation_1", -1),
                        "须在0到2分之间"),
                Arguments.of("no comment", (UnaryOperator<ScoreSheetBuilder>) b -> b.withComment(""), "请填写评语"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSheets")
    void everyKindOfBadSheetIsRefusedOverRestAndTheTaskStaysOpen(
            String why, UnaryOperator<ScoreSheetBuilder> spoil, String message) {
        ResponseEntity<String> refused = expertB()
                .post(
                        "/engine-rest/task/" + taskOfB.getId() + "/submit-form",
                        RestClient.variables(
                                spoil.apply(scenario.sheetFor(nomination)).variables()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains(message);
        assertThat(tasks.createTaskQuery().taskId(taskOfB.getId()).count()).isOne();
    }

    private RestClient expertB() {
        return RestClient.as(http, taskOfB.getAssignee());
    }
}
