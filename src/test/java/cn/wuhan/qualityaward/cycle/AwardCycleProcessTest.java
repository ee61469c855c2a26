package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess.Elements;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.report.RankingEntry;
import cn.wuhan.qualityaward.report.RankingReportService;
import cn.wuhan.qualityaward.report.RankingWorkbook;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AwardIntegrationTest
class AwardCycleProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    NominationService nominations;

    @Autowired
    AwardCycleService cycles;

    @Autowired
    CommitteeService committee;

    String cycleId;
    ProcessInstance cycle;

    @BeforeEach
    void openCycle() {
        BpmnAwareTests.init(engine);
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        cycle = scenario.openCycle(cycleId);
    }

    @Test
    void shouldTakeNominationsUntilTheDeadline() {
        assertThat(cycle).isWaitingAt(Elements.NOMINATION_DEADLINE);
        assertThat(cycle.getBusinessKey()).isEqualTo(cycleId);
        assertThat(cycles.get(cycleId).status()).isEqualTo(CycleStatus.OPEN);
    }

    @Test
    void shouldGoStraightToTheCommitteeWhenEveryNominationIsScoredByTheDeadline() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.scoreAll(nomination, 0.8);

        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);

        assertThat(cycle).hasPassed(Elements.ALL_EVALUATED_GATEWAY).hasNotPassed(Elements.AWAIT_EVALUATIONS);
        assertThat(cycle).isWaitingAt(Elements.VOTE);
        assertThat(cycles.get(cycleId).status()).isEqualTo(CycleStatus.COMMITTEE_REVIEW);
    }

    @Test
    void shouldWaitUntilTheLastNominationIsScored() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        assertThat(cycle).isWaitingAt(Elements.AWAIT_EVALUATIONS);

        scenario.scoreAll(nomination, 0.7);

        assertThat(cycle).hasPassed(Elements.AWAIT_EVALUATIONS).isWaitingAt(Elements.VOTE);
    }

    @Test
    void shouldCloseUnscoredNominationsAtTheScoringDeadline() {
        ProcessInstance unscored = scenario.nominationInScoring(aNomination(cycleId), "MIDDLE_MANAGER", null);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);

        scenario.fireTimer(cycle, Elements.SCORING_DEADLINE);

        assertThat(cycle).hasPassed(Elements.CLOSE_SCORING).isWaitingAt(Elements.VOTE);
        assertThat(unscored).isEnded().hasPassed(NominationProcess.Elements.END_NOT_EVALUATED);
        assertThat(nominations.get(scenario.nominationIdFromHistory(unscored)).status())
                .isEqualTo(NominationStatus.NOT_EVALUATED);
    }

    @Test
    void shouldAnnounceTheApprovedListAfterTheNoticePeriod() {
        ProcessInstance winner =
                scenario.nominationInScoring(aNomination(cycleId).named("甲"), "STAFF", null);
        ProcessInstance other =
                scenario.nominationInScoring(aNomination(cycleId).named("乙"), "STAFF", null);
        scenario.scoreAll(winner, 0.9);
        scenario.scoreAll(other, 0.6);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);

        scenario.proposeWinners(cycle, List.of(scenario.nominationId(winner)));
        assertThat(cycle).isWaitingAt(Elements.NOTICE_PERIOD);
        assertThat(cycles.get(cycleId).status()).isEqualTo(CycleStatus.PUBLIC_NOTICE);
        scenario.fireTimer(cycle, Elements.NOTICE_PERIOD);
        assertThat(cycle).isWaitingAt(Elements.FINAL_APPROVAL);
        scenario.approve(cycle, List.of(), null);

        assertThat(cycle).isEnded().hasPassed(Elements.ANNOUNCE, Elements.END);
        assertThat(winner).isEnded().hasPassed(NominationProcess.Elements.END_AWARDED);
        assertThat(other).isEnded().hasPassed(NominationProcess.Elements.END_NOT_AWARDED);
        assertThat(cycles.get(cycleId).status()).isEqualTo(CycleStatus.ANNOUNCED);
    }

    @Autowired
    RankingReportService rankingReport;

    @Test
    void theRankingShowsEachOutcomeOnceTheListIsAnnounced() throws Exception {
        ProcessInstance winner =
                scenario.nominationInScoring(aNomination(cycleId).named("甲"), "STAFF", null);
        ProcessInstance other =
                scenario.nominationInScoring(aNomination(cycleId).named("乙"), "STAFF", null);
        scenario.scoreAll(winner, 0.9);
        scenario.scoreAll(other, 0.6);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(winner)));
        assertThat(rankingReport.report(cycleId, true))
                .as("before the announcement nobody has an outcome")
                .extracting(RankingEntry::outcome)
                .containsOnlyNulls();
        scenario.fireTimer(cycle, Elements.NOTICE_PERIOD);
        scenario.approve(cycle, List.of(), null);

        List<RankingEntry> ranking = rankingReport.report(cycleId, true);

        assertThat(ranking)
                .extracting(RankingEntry::nomineeName, RankingEntry::outcome)
                .containsExactly(tuple("甲", "获奖"), tuple("乙", "未获奖"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(RankingWorkbook.write("周期", ranking)))) {
            var sheet = workbook.getSheet("评审排名");
            int column = sheet.getRow(1).getLastCellNum() - 1;
            assertThat(sheet.getRow(1).getCell(column).getStringCellValue()).isEqualTo("评选结果");
            assertThat(sheet.getRow(2).getCell(column).getStringCellValue()).isEqualTo("获奖");
            assertThat(sheet.getRow(3).getCell(column).getStringCellValue()).isEqualTo("未获奖");
        }
    }

    @Test
    void shouldAwardNobodyStruckByTheApprovers() {
        ProcessInstance struck = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.scoreAll(struck, 0.9);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(struck)));
        scenario.fireTimer(cycle, Elements.NOTICE_PERIOD);

        scenario.approve(cycle, List.of(scenario.nominationId(struck)), "公示期间收到实名举报，经核实材料不实");

        assertThat(struck).isEnded().hasPassed(NominationProcess.Elements.END_NOT_AWARDED);
    }

    @Test
    void shouldRefuseToStrikeANameWithoutAReason() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.scoreAll(nomination, 0.9);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(nomination)));
        scenario.fireTimer(cycle, Elements.NOTICE_PERIOD);

        assertThatThrownBy(() -> scenario.approve(cycle, List.of(scenario.nominationId(nomination)), ""))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("须说明理由");
        assertThat(cycle).isWaitingAt(Elements.FINAL_APPROVAL);
    }

    @Test
    void shouldRefuseABallotForSomeoneOutsideTheShortlist() {
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        Task ballot = scenario.votes(cycle).get(0);

        assertThatThrownBy(() -> scenario.vote(ballot, List.of(-1L), List.of()))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("不在候选名单中");
        assertThat(cycle).isWaitingAt(Elements.VOTE);
    }

    @Test
    void shouldRefuseABallotThatBothAgreesAndDisagreesWithACandidateAndNameThem() {
        ProcessInstance nominee =
                scenario.nominationInScoring(aNomination(cycleId).named("两可"), "STAFF", null);
        scenario.scoreAll(nominee, 0.9);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        Task ballot = scenario.votes(cycle).get(0);
        long id = scenario.nominationId(nominee);

        assertThatThrownBy(() -> scenario.vote(ballot, List.of(id), List.of(id)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("两可")
                .hasMessageContaining("只能选择“同意”或“不同意”其中之一");
        assertThat(cycle).isWaitingAt(Elements.VOTE);
    }

    @Test
    void shouldProposeOnlyCandidatesTwoThirdsOfTheMembersPresentAgreeTo() {
        ProcessInstance a = scenario.nominationInScoring(aNomination(cycleId).named("甲"), "STAFF", null);
        ProcessInstance b = scenario.nominationInScoring(aNomination(cycleId).named("乙"), "STAFF", null);
        scenario.scoreAll(a, 0.9);
        scenario.scoreAll(b, 0.8);
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        long idA = scenario.nominationId(a);
        long idB = scenario.nominationId(b);
        List<Task> ballots = scenario.votes(cycle);
        assertThat(ballots).hasSize(AwardScenario.COMMITTEE_SIZE);

        // 甲: everyone agrees; 乙: one of five agrees, one disagrees, the rest abstain
        scenario.vote(ballots.get(0), List.of(idA, idB), List.of());
        scenario.vote(ballots.get(1), List.of(idA), List.of(idB));
        for (int i = 2; i < ballots.size(); i++) {
            scenario.vote(ballots.get(i), List.of(idA), List.of());
        }

        assertThat(cycle).hasPassed(Elements.TALLY).isWaitingAt(Elements.NOTICE_PERIOD);
        assertThat(committee.proposed(cycleId)).containsExactly(idA);
        assertThat(runtime.getVariables(cycle.getId())).doesNotContainKeys("ballot_agree", "ballot_disagree");
    }

    @Test
    void shouldVoteAgainWhenTooFewMembersVotedByTheDeadline() {
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        scenario.vote(scenario.votes(cycle).get(0), List.of(), List.of());

        scenario.fireTimer(cycle, Elements.VOTING_DEADLINE);

        assertThat(cycle).hasPassed(Elements.VOTING_CLOSED, Elements.TALLY).isWaitingAt(Elements.VOTE);
        assertThat(runtime.getVariable(cycle.getId(), AwardCycleProcess.Variables.QUORUM_MET.name()))
                .isEqualTo(false);
        assertThat(scenario.votes(cycle)).hasSize(AwardScenario.COMMITTEE_SIZE);
    }

    @Test
    void shouldRunTheNoticePeriodTheCycleWasStartedWith() {
        scenario.fireTimer(cycle, Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of());
        assertThat(cycle).isWaitingAt(Elements.NOTICE_PERIOD);

        Job notice = management
                .createJobQuery()
                .processInstanceId(cycle.getId())
                .activityId(Elements.NOTICE_PERIOD)
                .singleResult();
        Duration untilDue = Duration.between(
                ClockUtil.getCurrentTime().toInstant(), notice.getDuedate().toInstant());
        assertThat(untilDue).isBetween(Duration.ZERO, Duration.ofSeconds(6));
    }

    @Test
    void shouldTakeTheConfiguredNoticePeriodWhenTheStartFormLeavesItEmpty() {
        Map<String, Object> variables = scenario.cycleVariables(scenario.newCycleId());
        variables.remove(AwardCycleProcess.Variables.NOTICE_PERIOD.name());
        ProcessInstance defaultCycle = runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, variables);

        assertThat(defaultCycle).variables().containsEntry(AwardCycleProcess.Variables.NOTICE_PERIOD.name(), "P7D");
    }

    @Test
    void shouldRefuseACycleWhoseDeadlinesAreOutOfOrder() {
        Map<String, Object> variables = scenario.cycleVariables(scenario.newCycleId());
        variables.put(AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(), "2020-01-01T00:00");
        variables.put(AwardCycleProcess.Variables.NOTICE_PERIOD.name(), "七天");
        long before = runtime.createProcessInstanceQuery()
                .processDefinitionKey(AwardCycleProcess.KEY)
                .count();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, variables))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("专家评审截止时间必须晚于申报截止时间")
                .hasMessageContaining("公示期须为ISO-8601时长");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(AwardCycleProcess.KEY)
                        .count())
                .isEqualTo(before);
    }

    @Test
    void shouldRefuseASecondCycleWithTheSameId() {
        assertThatThrownBy(() -> scenario.openCycle(cycleId))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("已存在");
    }
}
