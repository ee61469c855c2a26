package cn.wuhan.qualityaward.engine;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import cn.wuhan.qualityaward.support.TasklistSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A sheet or a start form refused by the award's checks, sent through Tasklist's own engine API
 * ({@code /camunda/api/engine/…}, the browser's session and CSRF token) as Tasklist sends it: the
 * same 400 and plain Chinese message as over {@code /engine-rest}, and one line in the log.
 */
@AwardIntegrationTest
class TasklistRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String START_FORM = "/process-definition/key/" + NominationProcess.KEY + "/submit-form";
    private static String cycleId;
    private static ProcessInstance inScoring;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aNominationInScoring() {
        scenario.ensureUsers(5);
        if (cycleId == null) {
            cycleId = scenario.newCycleId();
            scenario.openCycle(cycleId);
            inScoring = scenario.nominationInScoring(aNomination(cycleId).named("拒收测试"), "STAFF", null);
        }
    }

    @Test
    void aRefusedScoreSheetSubmittedInTasklistAnswers400WithTheSameChineseMessageAsTheRestApi() throws Exception {
        Task task = scenario.scoringTasks(inScoring).get(0);
        Map<String, Object> sheet = outOfRangeSheet();
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> overRest = RestClient.as(http, task.getAssignee())
                .post("/engine-rest/task/" + task.getId() + "/submit-form", sheet);
        ResponseEntity<String> inTasklist = inTasklist(task.getAssignee())
                .post(TasklistSession.ENGINE_API + "/task/" + task.getId() + "/submit-form", sheet);

        assertRefused(overRest, HttpStatus.BAD_REQUEST, "的得分须在0到");
        assertRefused(inTasklist, HttpStatus.BAD_REQUEST, "的得分须在0到");
        assertThat(inTasklist.getBody()).doesNotContain("Cannot submit", "ENGINE-");
        assertThat(message(inTasklist)).isEqualTo(message(overRest));
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aRefusedStartFormSubmittedInTasklistAnswers400InPlainChinese() {
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> refused =
                inTasklist("office").post(TasklistSession.ENGINE_API + START_FORM, badPhoneFiling());

        assertRefused(refused, HttpStatus.BAD_REQUEST, "联系电话须为11位手机号码");
        assertThat(refused.getBody()).doesNotContain("Cannot instantiate", "ENGINE-");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aRefusalInTasklistLeavesOneLineInTheLogAndNoStackTrace() {
        TasklistSession office = inTasklist("office");
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            office.post(TasklistSession.ENGINE_API + START_FORM, badPhoneFiling());
        } finally {
            root.detachAppender(log);
        }

        List<ILoggingEvent> shown = log.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO))
                .toList();
        assertThat(shown).as("logged: %s", shown).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getThrowableProxy()).isNull();
            assertThat(line.getFormattedMessage()).contains("联系电话须为11位手机号码", "office");
        });
    }

    /** Logged in, with the CSRF token of the session the login began, which Tasklist fetches with its first page. */
    private TasklistSession inTasklist(String user) {
        TasklistSession tasklist = TasklistSession.logIn(http, user);
        tasklist.get(TasklistSession.ENGINE_API + "/filter");
        return tasklist;
    }

    private Map<String, Object> outOfRangeSheet() {
        Map<String, Object> sheet =
                scenario.sheetFor(inScoring).scoringShare(1.0).variables();
        String firstItem = sheet.keySet().stream()
                .filter(name ->
                        name.startsWith(ScoreSheetVariables.PREFIX) && !name.equals(ScoreSheetVariables.COMMENT))
                .sorted()
                .findFirst()
                .orElseThrow();
        sheet.put(firstItem, 999);
        return RestVariables.of(sheet).body();
    }

    private Map<String, Object> badPhoneFiling() {
        return RestVariables.of(aNomination(cycleId).with("phone", "12345").variables())
                .body();
    }

    private static String message(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody()).path("message").asText();
    }
}
