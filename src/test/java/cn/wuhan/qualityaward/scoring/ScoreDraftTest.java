package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 评分草稿 over /api/tasks/{task}/score-draft: only the expert who holds the task and the seat reads
 * or writes it, a bad draft is refused and leaves the stored one as it was, it ends with the sheet or
 * the seat, and it never reaches a variable or the engine's history.
 */
@AwardIntegrationTest
class ScoreDraftTest {

    private static final String MARK = "草稿中独有的评语-ZX81";
    private static final String DRAFT = "{\"scores\":{\"score_political_1\":1,\"score_moral_1\":0.5,"
            + "\"score_results_2\":null},\"comment\":\"" + MARK + "\"}";

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @Autowired
    PlatformTransactionManager transactions;

    final ObjectMapper json = new ObjectMapper();

    String cycleId;
    ProcessInstance cycle;
    ProcessInstance nomination;
    long nominationId;
    Task taskOfA;
    Task taskOfB;

    @BeforeEach
    void aNominationIsInScoring() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        cycle = scenario.openCycle(cycleId);
        nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        nominationId = scenario.nominationId(nomination);
        List<Task> open = scenario.scoringTasks(nomination);
        taskOfA = open.get(0);
        taskOfB = open.get(1);
    }

    @Test
    void theExpertSavesADraftAndReadsItBackThroughTheTask() throws Exception {
        ResponseEntity<String> saved = expertA().put(draftOf(taskOfA), DRAFT);
        ResponseEntity<String> read = expertA().get(draftOf(taskOfA));

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode draft = json.readTree(read.getBody());
        assertThat(draft.get("scores").get("score_political_1").decimalValue()).isEqualByComparingTo("1");
        assertThat(draft.get("scores").get("score_moral_1").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(draft.get("scores").has("score_results_2")).isFalse();
        assertThat(draft.get("scores").size()).isEqualTo(2);
        assertThat(draft.get("comment").asText()).isEqualTo(MARK);
        assertThat(draft.get("savedAt").asText()).isNotBlank();
    }

    @Test
    void anExpertWithoutADraftHearsNoContent() {
        assertThat(expertA().get(draftOf(taskOfA)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aSecondSaveReplacesTheFirstAndAnEmptyOneDeletesIt() {
        expertA().put(draftOf(taskOfA), DRAFT);

        expertA().put(draftOf(taskOfA), "{\"scores\":{\"score_moral_2\":1}}");
        assertThat(expertA().get(draftOf(taskOfA)).getBody())
                .contains("score_moral_2")
                .doesNotContain("score_political_1")
                .doesNotContain(MARK);

        ResponseEntity<String> emptied =
                expertA().put(draftOf(taskOfA), "{\"scores\":{\"score_moral_2\":null},\"comment\":\"  \"}");
        assertThat(emptied.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(draftRows(taskOfA.getAssignee())).isZero();
    }

    static Stream<Arguments> othersAskingForADraft() {
        return Stream.of(
                Arguments.of("a co-panellist", "B", HttpStatus.NOT_FOUND, "SCORING_TASK_NOT_FOUND"),
                Arguments.of(
                        "the office, which reads every task", "office", HttpStatus.FORBIDDEN, "NOT_YOUR_SCORE_DRAFT"),
                Arguments.of("the administrator", "admin", HttpStatus.FORBIDDEN, "NOT_YOUR_SCORE_DRAFT"),
                Arguments.of("a committee member", "committee1", HttpStatus.NOT_FOUND, "SCORING_TASK_NOT_FOUND"),
                Arguments.of("the approver", "approver", HttpStatus.NOT_FOUND, "SCORING_TASK_NOT_FOUND"));
    }

    @ParameterizedTest(name = "{0} can neither read nor write another expert's draft")
    @MethodSource("othersAskingForADraft")
    void nobodyButTheTasksExpertReadsOrWritesItsDraft(String who, String user, HttpStatus status, String code)
            throws Exception {
        expertA().put(draftOf(taskOfA), DRAFT);
        RestClient other = RestClient.as(http, "B".equals(user) ? taskOfB.getAssignee() : user);

        ResponseEntity<String> read = other.get(draftOf(taskOfA));
        ResponseEntity<String> written = other.put(draftOf(taskOfA), "{\"scores\":{\"score_moral_2\":1}}");
        ResponseEntity<String> discarded = other.delete(draftOf(taskOfA));

        for (ResponseEntity<String> refused : List.of(read, written, discarded)) {
            assertThat(refused.getStatusCode()).isEqualTo(status);
            JsonNode error = json.readTree(refused.getBody());
            assertThat(error.get("code").asText()).isEqualTo(code);
            assertThat(error.get("message").asText()).containsPattern("\\p{IsHan}");
        }
        assertThat(read.getBody()).doesNotContain(MARK);
        assertThat(expertA().get(draftOf(taskOfA)).getBody()).contains(MARK).doesNotContain("score_moral_2");
    }

    @Test
    void anAnonymousCallerIsAskedToLogIn() {
        expertA().put(draftOf(taskOfA), DRAFT);

        ResponseEntity<String> read = RestClient.anonymous(http).get(draftOf(taskOfA));

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(read.getBody()).doesNotContain(MARK);
    }

    @Test
    void aTaskThatIsNoScoringTaskHasNoDraft() {
        ProcessInstance inReview = scenario.nominate(aNomination(cycleId).named("赵雪梅"));
        Task formalReview = scenario.task(inReview, NominationProcess.Elements.FORMAL_REVIEW);

        ResponseEntity<String> office = RestClient.as(http, "office").get(draftOf(formalReview));
        ResponseEntity<String> unknown = expertA().get("/api/tasks/no-such-task/score-draft");

        assertThat(office.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(office.getBody()).contains("SCORING_TASK_NOT_FOUND");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    static Stream<Arguments> badDrafts() {
        return Stream.of(
                Arguments.of("a field the sheet does not have", "{\"scores\":{\"nomineeName\":1}}", "UNKNOWN_FIELD"),
                Arguments.of(
                        "the conflict declaration, which is no score",
                        "{\"scores\":{\"score_conflictDeclared\":true}}",
                        "UNKNOWN_FIELD"),
                Arguments.of(
                        "an item of another track's sheet", "{\"scores\":{\"score_leadership_1\":1}}", "UNKNOWN_FIELD"),
                Arguments.of("a text for a score", "{\"scores\":{\"score_political_1\":\"两分\"}}", "SCORE_NOT_NUMERIC"),
                Arguments.of("a yes for a score", "{\"scores\":{\"score_political_1\":true}}", "SCORE_NOT_NUMERIC"),
                Arguments.of("a list for a score", "{\"scores\":{\"score_political_1\":[1]}}", "SCORE_NOT_NUMERIC"),
                Arguments.of(
                        "more than the item's points", "{\"scores\":{\"score_political_1\":4}}", "SCORE_OUT_OF_RANGE"),
                Arguments.of("below zero", "{\"scores\":{\"score_political_1\":-0.5}}", "SCORE_OUT_OF_RANGE"),
                Arguments.of("off the half-point step", "{\"scores\":{\"score_results_2\":0.3}}", "SCORE_OFF_STEP"),
                Arguments.of("a comment too long", "{\"comment\":\"" + "评".repeat(2001) + "\"}", "COMMENT_TOO_LONG"),
                Arguments.of("scores that are no object", "{\"scores\":[1,2]}", "WRONG_TYPE"),
                Arguments.of(
                        "a property the draft does not have",
                        "{\"scores\":{},\"expert\":\"expert5\"}",
                        "UNKNOWN_FIELD"),
                Arguments.of("no JSON at all", "scores=1", "MALFORMED_JSON"),
                Arguments.of("more keys than the sheet has items", manyMadeUpKeys(), "TOO_MANY_FIELDS"));
    }

    /** Five hundred made-up score keys: answered with one problem, not one per key. */
    private static String manyMadeUpKeys() {
        StringBuilder body = new StringBuilder("{\"scores\":{");
        for (int i = 0; i < 500; i++) {
            body.append(i == 0 ? "" : ",").append("\"score_x").append(i).append("\":1");
        }
        return body.append("}}").toString();
    }

    @ParameterizedTest(name = "{0} is refused and the stored draft stays as it was")
    @MethodSource("badDrafts")
    void aBadDraftIsRefusedWithItsCodeAndLeavesTheStoredOneAsItWas(String why, String body, String code) {
        expertA().put(draftOf(taskOfA), DRAFT);
        String before = expertA().get(draftOf(taskOfA)).getBody();

        ResponseEntity<String> refused = expertA().put(draftOf(taskOfA), body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains(code).containsPattern("\\p{IsHan}");
        assertThat(expertA().get(draftOf(taskOfA)).getBody()).isEqualTo(before);
    }

    @Test
    void aRefusalNamesEachBadItemWhereThePersonCanFindIt() {
        ResponseEntity<String> refused =
                expertA().put(draftOf(taskOfA), "{\"scores\":{\"score_political_1\":4,\"score_results_2\":\"两分\"}}");

        assertThat(refused.getBody()).contains("基本条件·“政治素质”第1项的得分须在0到1分之间").contains("关键要求·“结果”第2项的得分须为数字，或留空");
    }

    @Test
    void theDraftIsDeletedWhenTheSheetIsStored() {
        expertA().put(draftOf(taskOfA), DRAFT);

        ResponseEntity<String> submitted = expertA()
                .post(
                        "/engine-rest/task/" + taskOfA.getId() + "/submit-form",
                        RestClient.variables(scenario.sheetFor(nomination)
                                .scoringShare(0.6)
                                .withComment("正式评语")
                                .variables()));

        assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(draftRows(taskOfA.getAssignee())).isZero();
        assertThat(expertA().get(draftOf(taskOfA)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDraftSavedWhileTheSheetIsBeingStoredIsNotLeftBehindIt() throws Exception {
        String expert = taskOfA.getAssignee();
        Map<String, Object> sheet = scenario.sheetFor(nomination)
                .scoringShare(0.6)
                .withComment("正式评语")
                .variables();
        CountDownLatch storedNotCommitted = new CountDownLatch(1);
        CountDownLatch saveAnswered = new CountDownLatch(1);
        ExecutorService completing = Executors.newSingleThreadExecutor();
        Future<?> completion =
                completing.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    identity.setAuthentication(expert, List.of(Groups.EXPERTS));
                    try {
                        tasks.complete(taskOfA.getId(), sheet);
                    } finally {
                        identity.clearAuthentication();
                    }
                    storedNotCommitted.countDown();
                    // commits once the save below is answered, or once it has waited a while for the seat
                    // (under H2's lock timeout of one second)
                    awaitQuietly(saveAnswered, 700);
                }));
        try {
            if (!storedNotCommitted.await(30, TimeUnit.SECONDS)) {
                completion.get(1, TimeUnit.SECONDS); // throws what stopped it
            }

            ResponseEntity<String> saved = expertA().put(draftOf(taskOfA), DRAFT);
            saveAnswered.countDown();
            completion.get(30, TimeUnit.SECONDS);

            assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(draftRows(expert)).isZero();
        } finally {
            completing.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch, long millis) {
        try {
            latch.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aRefusedSheetKeepsTheDraft() {
        expertA().put(draftOf(taskOfA), DRAFT);

        ResponseEntity<String> refused = expertA()
                .post(
                        "/engine-rest/task/" + taskOfA.getId() + "/submit-form",
                        RestClient.variables(scenario.sheetFor(nomination)
                                .scoringShare(0.6)
                                .withComment("")
                                .variables()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(expertA().get(draftOf(taskOfA)).getBody()).contains(MARK);
    }

    @Test
    void theDraftIsDeletedWhenTheExpertRecuses() {
        expertA().put(draftOf(taskOfA), DRAFT);

        scenario.recuse(taskOfA, "与被推荐人系同一课题组成员");

        assertThat(draftRows(taskOfA.getAssignee())).isZero();
    }

    @Test
    void theDraftIsDeletedWhenTheOfficeReassignsTheOverdueSeat() {
        expertA().put(draftOf(taskOfA), DRAFT);

        scenario.fireSeatTimer(nomination, NominationProcess.Elements.SCORING_OVERDUE, taskOfA.getAssignee());
        scenario.handleOverdue(nomination, "REASSIGN", null);

        assertThat(draftRows(taskOfA.getAssignee())).isZero();
    }

    @Test
    void theDraftOutlivesADeadlineTheOfficeExtendsAndOpensWithTheNewTask() {
        expertA().put(draftOf(taskOfA), DRAFT);

        scenario.fireSeatTimer(nomination, NominationProcess.Elements.SCORING_OVERDUE, taskOfA.getAssignee());
        LocalDateTime newDue = LocalDateTime.ofInstant(
                        ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"))
                .plusDays(5)
                .withNano(0);
        scenario.handleOverdue(nomination, "EXTEND", newDue.toString());
        Task again = scenario.scoringTasks(nomination).stream()
                .filter(t -> t.getAssignee().equals(taskOfA.getAssignee()))
                .findFirst()
                .orElseThrow();

        assertThat(again.getId()).isNotEqualTo(taskOfA.getId());
        assertThat(expertA().get(draftOf(again)).getBody()).contains(MARK);
    }

    @Test
    void theDraftsAreDeletedWhenScoringClosesUnfinished() {
        expertA().put(draftOf(taskOfA), DRAFT);
        RestClient.as(http, taskOfB.getAssignee()).put(draftOf(taskOfB), DRAFT);

        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.SCORING_DEADLINE);

        assertThat(draftRows(taskOfA.getAssignee()) + draftRows(taskOfB.getAssignee()))
                .isZero();
    }

    @Test
    void noDraftContentReachesAVariableOrTheEnginesHistory() {
        expertA().put(draftOf(taskOfA), DRAFT);
        assertThat(draftRows(taskOfA.getAssignee())).isOne();

        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_name like 'ACT_HI_%'"
                        + " or table_name in ('ACT_RU_VARIABLE', 'ACT_RU_TASK', 'ACT_RU_EXECUTION')",
                String.class);
        assertThat(tables).contains("ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_OP_LOG", "ACT_RU_VARIABLE");
        List<String> searched = new ArrayList<>();
        for (String table : tables) {
            List<String> columns = jdbc.queryForList(
                    "select column_name from information_schema.columns where table_name = ?"
                            + " and data_type in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CLOB', 'VARCHAR')",
                    String.class,
                    table);
            for (String column : columns) {
                Integer found = jdbc.queryForObject(
                        "select count(*) from " + table + " where " + column + " like ?",
                        Integer.class,
                        "%" + MARK + "%");
                assertThat(found).as(table + "." + column).isZero();
                searched.add(table + "." + column);
            }
        }
        assertThat(searched).contains("ACT_HI_VARINST.TEXT_", "ACT_HI_DETAIL.TEXT_", "ACT_RU_VARIABLE.TEXT_");
        assertThat(jdbc.queryForObject("select count(*) from ACT_RU_VARIABLE where NAME_ like 'score%'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ACT_HI_VARINST where NAME_ like 'score%' and PROC_INST_ID_ = ?",
                        Integer.class, nomination.getId()))
                .isZero();
        assertThat(tasks.getVariables(taskOfA.getId()).keySet()).noneMatch(name -> name.startsWith("score"));
    }

    private int draftRows(String expert) {
        return jdbc.queryForObject(
                "select count(*) from score_draft where nomination_id = ? and expert_id = ?",
                Integer.class,
                nominationId,
                expert);
    }

    private RestClient expertA() {
        return RestClient.as(http, taskOfA.getAssignee());
    }

    private static String draftOf(Task task) {
        return "/api/tasks/" + task.getId() + "/score-draft";
    }
}
