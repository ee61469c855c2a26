package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess.Elements;
import cn.wuhan.qualityaward.nomination.NominationProcess.Messages;
import cn.wuhan.qualityaward.nomination.NominationProcess.Variables;
import cn.wuhan.qualityaward.panel.PanelService;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AwardIntegrationTest
class NominationProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    NominationService nominations;

    @Autowired
    ScoreSheetRepository sheets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    PanelService panels;

    String cycleId;

    @BeforeEach
    void openCycle() {
        BpmnAwareTests.init(engine);
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
    }

    @Test
    void shouldEndAsIneligibleWithEveryReasonWhenRulesFail() {
        ProcessInstance nomination = scenario.nominate(
                aNomination(cycleId).withQualityWorkYears(3).with(Variables.LAST_AWARD_YEAR.name(), 2024));

        assertThat(nomination).isEnded().hasPassed(Elements.END_INELIGIBLE);
        Nomination stored = nominations.get(scenario.nominationIdFromHistory(nomination));
        assertThat(stored.status()).isEqualTo(NominationStatus.INELIGIBLE);
        assertThat(nominations.decisions(stored.id()).get(0).reason())
                .contains("在武汉从事质量或质量相关工作不满5年")
                .contains("获得本奖项未满5年");
    }

    @Test
    void shouldEndAsRejectedWhenFormalReviewRejects() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));
        assertThat(nomination).isWaitingAt(Elements.FORMAL_REVIEW);

        scenario.decideFormalReview(nomination, "REJECT", "缺少推荐单位盖章");

        assertThat(nomination).isEnded().hasPassed(Elements.END_REJECTED);
        assertThat(nominations.get(scenario.nominationIdFromHistory(nomination)).status())
                .isEqualTo(NominationStatus.REJECTED);
    }

    @Test
    void shouldReturnToFormalReviewWhenTheCorrectionComesInTime() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));

        scenario.decideFormalReview(nomination, "CORRECTION", "推荐单位意见未盖章，请补正");
        assertThat(nomination).isWaitingAt(Elements.REGISTER_CORRECTION);
        assertThat(nominations.get(scenario.nominationId(nomination)).status())
                .isEqualTo(NominationStatus.CORRECTION_REQUESTED);
        scenario.registerCorrection(nomination, "已补交盖章的推荐意见");

        assertThat(nomination).hasPassed(Elements.RECORD_CORRECTION).isWaitingAt(Elements.FORMAL_REVIEW);
        scenario.passFormalReview(nomination);
        assertThat(nomination).isWaitingAt(Elements.ASSIGN_TRACK);
        assertThat(nominations.decisions(scenario.nominationId(nomination)))
                .extracting(NominationDecision::stage, NominationDecision::decision)
                .containsSubsequence(
                        Tuple.tuple("FORMAL_REVIEW", "CORRECTION"),
                        Tuple.tuple("CORRECTION", "SUBMITTED"),
                        Tuple.tuple("FORMAL_REVIEW", "PASS"));
    }

    @Test
    void shouldWithdrawTheNominationWhenTheCorrectionDeadlinePasses() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));
        scenario.decideFormalReview(nomination, "CORRECTION", "缺少申报书原件");
        Job deadline = management
                .createJobQuery()
                .processInstanceId(nomination.getId())
                .activityId(Elements.CORRECTION_DEADLINE)
                .singleResult();
        assertThat(Duration.between(
                        ClockUtil.getCurrentTime().toInstant(),
                        deadline.getDuedate().toInstant()))
                .isBetween(Duration.ofDays(10).minusMinutes(1), Duration.ofDays(10));

        scenario.fireTimer(nomination, Elements.CORRECTION_DEADLINE);

        assertThat(nomination).isEnded().hasPassed(Elements.WITHDRAW, Elements.END_WITHDRAWN);
        assertThat(nominations.get(scenario.nominationIdFromHistory(nomination)).status())
                .isEqualTo(NominationStatus.WITHDRAWN);
    }

    @Test
    void shouldRefuseACorrectionRequestThatDoesNotSayWhatToCorrect() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));

        assertThatThrownBy(() -> scenario.decideFormalReview(nomination, "CORRECTION", null))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("须写明需要补正的内容");
        assertThat(nomination).isWaitingAt(Elements.FORMAL_REVIEW);
    }

    @Test
    void shouldRefuseARegisteredCorrectionWithoutANote() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));
        scenario.decideFormalReview(nomination, "CORRECTION", "缺少申报书原件");

        assertThatThrownBy(() -> scenario.registerCorrection(nomination, " "))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("请说明补正了哪些材料");
        assertThat(nomination).isWaitingAt(Elements.REGISTER_CORRECTION);
    }

    @Test
    void shouldRefuseARejectionWithoutReasonAndKeepTheReviewOpen() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));

        assertThatThrownBy(() -> scenario.decideFormalReview(nomination, "REJECT", " "))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("不予通过时须填写理由");
        assertThat(nomination).isWaitingAt(Elements.FORMAL_REVIEW);
    }

    @Test
    void shouldAwaitTheCycleDecisionWithTheMeanOfThreeSheets() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        assertThat(nomination).isWaitingAt(Elements.SCORE);
        assertThat(scenario.scoringTasks(nomination)).hasSize(3);

        BigDecimal expected = scenario.sheetFor(nomination)
                .scoringShare(0.7)
                .total()
                .add(scenario.sheetFor(nomination).scoringShare(0.75).total())
                .add(scenario.sheetFor(nomination).scoringShare(0.8).total())
                .divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
        scenario.scoreAll(nomination, 0.7, 0.75, 0.8);

        assertThat(nomination)
                .isWaitingAt(Elements.AWAIT_DECISION)
                .hasPassed(Elements.AGGREGATE)
                .hasNotPassed(Elements.MODERATE);
        Nomination stored = nominations.get(scenario.nominationId(nomination));
        assertThat(stored.status()).isEqualTo(NominationStatus.EVALUATED);
        assertThat(stored.finalScore()).isEqualByComparingTo(expected);
        assertThat(sheets.findByNomination(stored.id())).hasSize(3);
    }

    @Test
    void shouldEndAsAwardedWhenTheCycleAwardsIt() {
        ProcessInstance nomination = scoredNomination();

        runtime.createMessageCorrelation(Messages.CYCLE_DECIDED)
                .processInstanceId(nomination.getId())
                .setVariable(Variables.CYCLE_OUTCOME.name(), CycleOutcome.AWARDED.name())
                .correlate();

        assertThat(nomination).isEnded().hasPassed(Elements.END_AWARDED);
    }

    @Test
    void shouldEndAsNotAwardedWhenTheCycleDoesNotAwardIt() {
        ProcessInstance nomination = scoredNomination();

        runtime.createMessageCorrelation(Messages.CYCLE_DECIDED)
                .processInstanceId(nomination.getId())
                .setVariable(Variables.CYCLE_OUTCOME.name(), CycleOutcome.NOT_AWARDED.name())
                .correlate();

        assertThat(nomination).isEnded().hasPassed(Elements.END_NOT_AWARDED);
    }

    @Test
    void shouldEndAsWithdrawnWhenAnObjectionAgainstItIsUpheld() {
        ProcessInstance nomination = scoredNomination();

        runtime.createMessageCorrelation(Messages.CYCLE_DECIDED)
                .processInstanceId(nomination.getId())
                .setVariable(Variables.CYCLE_OUTCOME.name(), CycleOutcome.WITHDRAWN.name())
                .correlate();

        assertThat(nomination).isEnded().hasPassed(Elements.END_WITHDRAWN_ON_OBJECTION);
    }

    @Test
    void shouldEndAsNotEvaluatedWhenScoringClosesFirst() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "MIDDLE_MANAGER", null);

        runtime.createMessageCorrelation(Messages.SCORING_CLOSED)
                .processInstanceId(nomination.getId())
                .correlate();

        assertThat(nomination).isEnded().hasPassed(Elements.END_NOT_EVALUATED);
        assertThat(scenario.scoringTasks(nomination)).isEmpty();
    }

    @Test
    void shouldScoreOtherPersonsOnTheSheetOfTheirReferenceTrackWithTheirClaimedConditions() {
        ProcessInstance nomination = scenario.nominationInScoring(
                aNomination(cycleId).claiming("condition_6", "从事质量教育培训二十年，培训企业质量骨干三千余人次"), "OTHER", "STAFF");

        assertThat(nomination).variables().containsEntry(Variables.SCORING_FORM.name(), "score-staff");
        assertThat(nominations.get(scenario.nominationId(nomination)).scoringTrack())
                .isEqualTo(Track.STAFF);
        assertThat(runtime.getVariable(nomination.getId(), Variables.CLAIMED_CONDITIONS_TEXT.name())
                        .toString())
                .contains("在长期从事质量教育、培训、宣传、出版等工作中作出杰出贡献")
                .contains("培训企业质量骨干三千余人次");
        assertThat(runtime.getVariables(nomination.getId()))
                .doesNotContainKeys(
                        Variables.CLAIMED_CONDITIONS.name(), Variables.JUSTIFICATION_PREFIX + "condition_6");
    }

    @Test
    void shouldRefuseToScoreAsOtherPersonsANomineeWhoClaimsNoCondition() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));
        scenario.passFormalReview(nomination);

        assertThatThrownBy(() -> scenario.assignTrack(nomination, "OTHER", "STAFF", "按其他人员评审"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("未申报任何一项其他人员条件");
        assertThat(nomination).isWaitingAt(Elements.ASSIGN_TRACK);
    }

    @Test
    void shouldRefuseAClaimedConditionWithoutJustification() {
        assertThatThrownBy(() -> scenario.nominate(aNomination(cycleId).claiming("condition_2", " ")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("请为所申报的每项其他人员条件填写简要说明");
    }

    @Test
    void shouldProposeTheTrackOfTheNomineesPositionLevel() {
        ProcessInstance nomination =
                scenario.nominate(aNomination(cycleId).with(Variables.POSITION_LEVEL.name(), "SENIOR"));
        scenario.passFormalReview(nomination);

        assertThat(nomination).hasPassed(Elements.PROPOSE_TRACK).isWaitingAt(Elements.ASSIGN_TRACK);
        assertThat(nomination).variables().containsEntry(Variables.PROPOSED_TRACK.name(), "SENIOR_MANAGER");
    }

    @Test
    void shouldLetTheOfficeOverrideTheProposedTrackGivingAReason() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));
        scenario.passFormalReview(nomination);

        assertThatThrownBy(() -> scenario.assignTrack(nomination, "MIDDLE_MANAGER", null))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("与系统建议的“员工”不同，须说明理由");
        scenario.assignTrack(nomination, "MIDDLE_MANAGER", null, "已于申报后提任车间主任");

        assertThat(nomination).isWaitingAt(Elements.SCORE);
        assertThat(nominations.decisions(scenario.nominationId(nomination)))
                .filteredOn(d -> d.stage().equals("TRACK"))
                .singleElement()
                .satisfies(d -> assertThat(d.reason()).contains("调整系统建议（员工）：已于申报后提任车间主任"));
    }

    @Test
    void shouldRefuseOtherPersonsWithoutAReferenceTrack() {
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId));
        scenario.passFormalReview(nomination);

        assertThatThrownBy(() -> scenario.assignTrack(nomination, "OTHER", null, "按其他人员评审"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("其他人员须选择参照评审的类别");
        assertThat(nomination).isWaitingAt(Elements.ASSIGN_TRACK);
    }

    @Test
    void shouldRefuseANominationWithoutRequiredDataAndLeaveNothingBehind() {
        long instancesBefore = runtime.createProcessInstanceQuery().count();
        int rowsBefore = nominationRows();

        assertThatThrownBy(() -> scenario.nominate(aNomination(cycleId).without(Variables.NOMINEE_NAME.name())))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("请填写被推荐人姓名");

        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
        assertThat(nominationRows()).isEqualTo(rowsBefore);
    }

    @Test
    void shouldRefuseANominationToAnUnknownCycle() {
        assertThatThrownBy(() -> scenario.nominate(aNomination("NO-SUCH-CYCLE")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("评选周期“NO-SUCH-CYCLE”不存在");
    }

    @Test
    void shouldRefuseANominationAfterTheCycleClosed() {
        ProcessInstance cycle = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(cycleId)
                .singleResult();
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        int rowsBefore = nominationRows();

        assertThatThrownBy(() -> scenario.nominate(aNomination(cycleId)))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("已截止申报");
        assertThat(nominationRows()).isEqualTo(rowsBefore);
    }

    @Test
    void shouldRefuseTheSamePersonTwiceInOneCycle() {
        scenario.nominate(aNomination(cycleId).withIdNumber("11010519491231002X"));

        assertThatThrownBy(() -> scenario.nominate(aNomination(cycleId).withIdNumber("11010519491231002X")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("不能重复申报");
    }

    @Test
    void shouldRefuseAnInvalidIdNumber() {
        assertThatThrownBy(() -> scenario.nominate(aNomination(cycleId).withIdNumber("110105194912310021")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("公民身份号码不是有效的18位号码");
    }

    @Test
    void shouldKeepTheScoringTaskOpenWhenASheetIsRefused() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "SENIOR_MANAGER", null);
        Task task = scenario.scoringTasks(nomination).get(0);

        assertThatThrownBy(() -> tasks.complete(
                        task.getId(),
                        scenario.sheetFor(nomination)
                                .withItem("political_1", 1.5)
                                .variables()))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("基本条件·“政治素质”第1项的得分须在0到1分之间");

        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(sheets.findByNomination(scenario.nominationId(nomination))).isEmpty();
        assertThat(runtime.getVariables(nomination.getId())).doesNotContainKey("score_political_1");
    }

    @Test
    void shouldSendNamedExpertsBackToScoreAgainWhenTheTotalsDiverge() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        List<Task> firstRound = scenario.scoringTasks(nomination);
        String outlier = firstRound.get(0).getAssignee();
        scenario.scoreAll(nomination, 0.4, 0.9, 0.9);

        assertThat(nomination).isWaitingAt(Elements.MODERATE);
        Task moderation = scenario.task(nomination, Elements.MODERATE);
        assertThat(moderation.getAssignee()).isEqualTo(panels.leader(scenario.nominationId(nomination)));
        assertThat(tasks.getVariablesLocal(moderation.getId()))
                .containsKeys(Variables.MODERATION_SHEETS, Variables.PANEL_OPTIONS.name());
        assertThat(runtime.getVariables(nomination.getId())).doesNotContainKey(Variables.MODERATION_SHEETS);
        String other = firstRound.stream()
                .map(Task::getAssignee)
                .filter(e -> !e.equals(moderation.getAssignee()))
                .findFirst()
                .orElseThrow();
        engine.getIdentityService().setAuthentication(other, List.of("experts"));
        try {
            assertThat(tasks.createTaskQuery().taskId(moderation.getId()).count())
                    .as("another expert of the panel cannot read the leader's task, and so the sheets side by side")
                    .isZero();
            assertThat(runtime.createVariableInstanceQuery()
                            .processInstanceIdIn(nomination.getId())
                            .count())
                    .as("nor any variable of the nomination's instance")
                    .isZero();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(nominations.get(scenario.nominationId(nomination)).status()).isEqualTo(NominationStatus.SCORING);

        scenario.moderate(nomination, List.of(outlier), "该专家对“结果”维度理解有偏差，请重新评分");

        assertThat(nomination).hasPassed(Elements.RECORD_MODERATION).isWaitingAt(Elements.SCORE);
        assertThat(runtime.getVariables(nomination.getId()))
                .doesNotContainKeys(Variables.MODERATION_NOTE.name(), Variables.RESCORE_EXPERTS.name());
        assertThat(scenario.scoringTasks(nomination))
                .extracting(Task::getAssignee)
                .containsExactly(outlier);
        scenario.scoreAll(nomination, 0.9);

        assertThat(nomination).isWaitingAt(Elements.AWAIT_DECISION);
        BigDecimal ninety = scenario.sheetFor(nomination).scoringShare(0.9).total();
        assertThat(nominations.get(scenario.nominationId(nomination)).finalScore())
                .isEqualByComparingTo(ninety);
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_sheet where nomination_id = ? and superseded = true",
                        Integer.class,
                        scenario.nominationId(nomination)))
                .isOne();
    }

    @Test
    void shouldKeepTheScoresWhenTheLeaderSendsNobodyBack() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.scoreAll(nomination, 0.4, 0.9, 0.9);

        scenario.moderate(nomination, List.of(), "经合议，各专家意见均有依据，维持原评分");

        assertThat(nomination).hasPassed(Elements.ROUND_SCORED).isWaitingAt(Elements.AWAIT_DECISION);
        assertThat(nominations.get(scenario.nominationId(nomination)).finalScore())
                .isNotNull();
    }

    @Test
    void shouldRefuseAModerationWithoutANote() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.scoreAll(nomination, 0.4, 0.9, 0.9);

        assertThatThrownBy(() -> scenario.moderate(nomination, List.of(), " "))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("请填写合议意见");
        assertThat(nomination).isWaitingAt(Elements.MODERATE);
    }

    private ProcessInstance scoredNomination() {
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.scoreAll(nomination, 0.8);
        assertThat(nomination).isWaitingAt(Elements.AWAIT_DECISION);
        return nomination;
    }

    private int nominationRows() {
        return jdbc.queryForObject("select count(*) from nomination", Integer.class);
    }
}
