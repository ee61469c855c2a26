package cn.wuhan.qualityaward.panel;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess.Elements;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The nomination process's panel paths: shortage, recusal, reminder, overdue. */
@AwardIntegrationTest
class PanelProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    PanelService panels;

    @Autowired
    ExpertPoolService pool;

    @Autowired
    TaskService tasks;

    @Autowired
    TestRestTemplate http;

    String cycleId;

    @BeforeEach
    void openCycle() {
        BpmnAwareTests.init(engine);
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
    }

    @Test
    void shouldAskTheOfficeForExpertsWhenNoConflictFreePanelCanBeFormed() {
        String nominee = "冲突测试" + System.nanoTime() % 100000;
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId)
                .named(nominee)
                .with("organization", "专家单位1")
                .with("recommendingUnit", "专家单位2"));
        scenario.passFormalReview(nomination);
        pool.save("expert3", "专家单位3", List.of("STAFF", "SENIOR_MANAGER", "MIDDLE_MANAGER", "OTHER"), List.of(nominee));
        try {
            scenario.assignTrack(nomination, "STAFF", null);

            assertThat(nomination).hasPassed(Elements.PANEL_UNAVAILABLE).isWaitingAt(Elements.RESOLVE_PANEL);
            assertThat(nomination)
                    .variables()
                    .extractingByKey(NominationProcess.Variables.PANEL_PROBLEM.name())
                    .asString()
                    .contains("评审组需要3名专家")
                    .contains("可用的只有2名");
            assertThat(panels.members(scenario.nominationId(nomination))).isEmpty();
        } finally {
            pool.save("expert3", "专家单位3", List.of("STAFF", "SENIOR_MANAGER", "MIDDLE_MANAGER", "OTHER"), List.of());
        }

        tasks.complete(scenario.task(nomination, Elements.RESOLVE_PANEL).getId());
        scenario.runDueJobs();

        assertThat(nomination).isWaitingAt(Elements.SCORE);
        assertThat(scenario.scoringTasks(nomination))
                .extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("expert3", "expert4", "expert5");
    }

    @Test
    void shouldAskTheOfficeForExpertsWhenTheConflictsAreWrittenWithLookAlikeCharacters() {
        String nominee = "冲突测试" + System.nanoTime() % 100000;
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId)
                .named(nominee)
                .with("organization", "专家单位１")
                .with("recommendingUnit", "专家单位\u00A02"));
        scenario.passFormalReview(nomination);
        String lookAlikeName = nominee.substring(0, 2) + "\u3000" + nominee.substring(2);
        pool.save(
                "expert3",
                "专家单位3",
                List.of("STAFF", "SENIOR_MANAGER", "MIDDLE_MANAGER", "OTHER"),
                List.of(lookAlikeName));
        try {
            scenario.assignTrack(nomination, "STAFF", null);

            assertThat(nomination).hasPassed(Elements.PANEL_UNAVAILABLE).isWaitingAt(Elements.RESOLVE_PANEL);
            assertThat(nomination)
                    .variables()
                    .extractingByKey(NominationProcess.Variables.PANEL_PROBLEM.name())
                    .asString()
                    .contains("可用的只有2名");
        } finally {
            pool.save("expert3", "专家单位3", List.of("STAFF", "SENIOR_MANAGER", "MIDDLE_MANAGER", "OTHER"), List.of());
        }
    }

    @Test
    void shouldSeatAReplacementWhenAnExpertDeclaresAConflict() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        long id = scenario.nominationId(nomination);
        Task first = scenario.scoringTasks(nomination).get(0);
        String recusing = first.getAssignee();

        scenario.recuse(first, "被推荐人是本人近亲属");

        assertThat(nomination).hasPassed(Elements.RECUSED_GATEWAY).isWaitingAt(Elements.SCORE);
        List<String> assignees = scenario.scoringTasks(nomination).stream()
                .map(Task::getAssignee)
                .toList();
        assertThat(assignees).hasSize(3).doesNotContain(recusing);
        assertThat(panels.members(id)).hasSize(3).doesNotContain(recusing);
        assertThat(panels.isOnPanel(id, recusing)).isFalse();
        assertThat(RestClient.as(http, recusing)
                        .get("/api/nominations/" + id + "/documents")
                        .getStatusCode())
                .as("the recused expert's access to the materials ends with the seat")
                .isEqualTo(HttpStatus.FORBIDDEN);
        scenario.scoreAll(nomination, 0.8);
        assertThat(nomination).isWaitingAt(Elements.AWAIT_DECISION);
    }

    @Test
    void shouldRefuseARecusalWhenNoExpertIsLeftToTakeTheSeat() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        // five experts: three seated, each recusal takes one more, the third finds nobody left
        scenario.recuse(scenario.scoringTasks(nomination).get(0), "近亲属");
        scenario.recuse(scenario.scoringTasks(nomination).get(0), "同一课题组");
        Task third = scenario.scoringTasks(nomination).get(0);

        assertThatThrownBy(() -> scenario.recuse(third, "曾为其推荐人"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("请在专家库中补充专家后重试");
        assertThat(tasks.createTaskQuery().taskId(third.getId()).count()).isOne();
    }

    @Test
    void shouldRefuseARecusalWithoutItsReason() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        Task first = scenario.scoringTasks(nomination).get(0);

        assertThatThrownBy(() -> scenario.recuse(first, " "))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("声明利益冲突时须说明具体情况");
        assertThat(tasks.createTaskQuery().taskId(first.getId()).count()).isOne();
    }

    @Test
    void shouldRemindTheExpertBeforeTheDueDateAndKeepTheTaskOpen() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        Task task = scenario.scoringTasks(nomination).get(0);

        scenario.fireSeatTimer(nomination, Elements.SCORING_REMINDER, task.getAssignee());

        assertThat(nomination).hasPassed(Elements.SEND_REMINDER, Elements.END_REMINDER_SENT);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void shouldGiveTheLateExpertMoreTimeWhenTheOfficeExtends() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        String late = scenario.scoringTasks(nomination).get(0).getAssignee();

        scenario.fireSeatTimer(nomination, Elements.SCORING_OVERDUE, late);
        assertThat(nomination).hasPassed(Elements.ESCALATE_OVERDUE).isWaitingAt(Elements.HANDLE_OVERDUE);
        LocalDateTime newDue = LocalDateTime.ofInstant(
                        ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"))
                .plusDays(5)
                .withNano(0);
        scenario.handleOverdue(nomination, "EXTEND", newDue.toString());

        Task again = scenario.scoringTasks(nomination).stream()
                .filter(t -> t.getAssignee().equals(late))
                .findFirst()
                .orElseThrow();
        assertThat(again.getDueDate().toInstant())
                .isEqualTo(newDue.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void shouldRefuseAnExtensionIntoThePast() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        String late = scenario.scoringTasks(nomination).get(0).getAssignee();
        scenario.fireSeatTimer(nomination, Elements.SCORING_OVERDUE, late);

        assertThatThrownBy(() -> scenario.handleOverdue(nomination, "EXTEND", "2020-01-01T00:00"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("新的截止时间必须晚于当前时间");
        assertThat(nomination).isWaitingAt(Elements.HANDLE_OVERDUE);
    }

    @Test
    void shouldRefuseAnExtensionBeyondTheCyclesScoringDeadline() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        String late = scenario.scoringTasks(nomination).get(0).getAssignee();
        scenario.fireSeatTimer(nomination, Elements.SCORING_OVERDUE, late);
        LocalDateTime tooLate = LocalDateTime.ofInstant(
                        ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"))
                .plusDays(90);

        assertThatThrownBy(() -> scenario.handleOverdue(nomination, "EXTEND", tooLate.toString()))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("不能晚于本周期的专家评审截止时间");
        assertThat(nomination).isWaitingAt(Elements.HANDLE_OVERDUE);
    }

    @Test
    void shouldReassignTheSeatAndTakeTheLateExpertsAccessAway() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        long id = scenario.nominationId(nomination);
        String late = scenario.scoringTasks(nomination).get(0).getAssignee();

        scenario.fireSeatTimer(nomination, Elements.SCORING_OVERDUE, late);
        scenario.handleOverdue(nomination, "REASSIGN", null);

        assertThat(nomination).hasPassed(Elements.RECORD_OVERDUE_DECISION).isWaitingAt(Elements.SCORE);
        assertThat(scenario.scoringTasks(nomination))
                .hasSize(3)
                .extracting(Task::getAssignee)
                .doesNotContain(late);
        assertThat(panels.isOnPanel(id, late)).isFalse();
        assertThat(RestClient.as(http, late)
                        .get("/api/nominations/" + id + "/documents")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.as(http, late)
                        .get("/engine-rest/process-instance/" + nomination.getId() + "/variables")
                        .getBody())
                .doesNotContain("nomineeName");
    }
}
