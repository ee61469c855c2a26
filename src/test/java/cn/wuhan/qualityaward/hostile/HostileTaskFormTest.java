package cn.wuhan.qualityaward.hostile;

import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static cn.wuhan.qualityaward.support.RestVariables.variables;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import cn.wuhan.qualityaward.support.ScoreSheetBuilder;
import cn.wuhan.qualityaward.support.WaitingWorld;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile submissions of every user task form over Camunda's REST API, by the user the task belongs
 * to: each is refused with 400 and its Chinese message, the task stays open and nothing changes.
 */
@AwardIntegrationTest
class HostileTaskFormTest {

    private static final String COMPLETE = "complete";
    private static final String SUBMIT_FORM = "submit-form";

    /** One instance waiting at each user task; refused submissions leave them all where they are. */
    private static WaitingWorld world;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void everyUserTaskWaiting() {
        scenario.ensureUsers(5);
        if (world == null) {
            world = WaitingWorld.build(scenario);
        }
    }

    /** The waiting instances and the means to find their tasks. */
    record Fixture(WaitingWorld world, AwardScenario scenario, TaskService tasks) {

        Task task(Function<WaitingWorld, ProcessInstance> instance, String taskKey) {
            return scenario.task(instance.apply(world), taskKey);
        }

        /** Of several tasks at one element (a panel's sheets, the members' ballots), the first by assignee. */
        Task first(Function<WaitingWorld, ProcessInstance> instance, String taskKey) {
            return tasks.createTaskQuery()
                    .processInstanceId(instance.apply(world).getId())
                    .taskDefinitionKey(taskKey)
                    .orderByTaskAssignee()
                    .asc()
                    .list()
                    .get(0);
        }

        ScoreSheetBuilder sheet() {
            return scenario.sheetFor(world.inScoring());
        }

        String firstItem() {
            return sheet().variables().keySet().stream()
                    .filter(k -> k.startsWith(ScoreSheetVariables.PREFIX) && !k.equals(ScoreSheetVariables.COMMENT))
                    .sorted()
                    .findFirst()
                    .orElseThrow()
                    .substring(ScoreSheetVariables.PREFIX.length());
        }
    }

    /** One hostile submission: which task, by whom (null: its assignee), through which endpoint, what it sends. */
    record Submission(
            Function<Fixture, Task> task, String user, String endpoint, Function<Fixture, RestVariables> input) {}

    private static Arguments hostile(String sentence, Submission submission, String... expected) {
        return Arguments.of(sentence, submission, expected);
    }

    private static Submission formalReview(RestVariables input) {
        return new Submission(
                f -> f.task(WaitingWorld::atFormalReview, NominationProcess.Elements.FORMAL_REVIEW),
                "office",
                COMPLETE,
                f -> input);
    }

    private static Submission correction(RestVariables input) {
        return new Submission(
                f -> f.task(WaitingWorld::atCorrection, NominationProcess.Elements.REGISTER_CORRECTION),
                "office",
                SUBMIT_FORM,
                f -> input);
    }

    private static Submission trackAssignment(RestVariables input) {
        return new Submission(
                f -> f.task(WaitingWorld::atTrackAssignment, NominationProcess.Elements.ASSIGN_TRACK),
                "office",
                COMPLETE,
                f -> input);
    }

    /** The first expert's score sheet: a valid sheet with one value replaced, or other keys added. */
    private static Submission scoreSheet(String endpoint, Function<Fixture, RestVariables> input) {
        return new Submission(
                f -> f.first(WaitingWorld::inScoring, NominationProcess.Elements.SCORE), null, endpoint, input);
    }

    private static Submission firstSheetItem(Object value) {
        return scoreSheet(
                COMPLETE,
                f -> RestVariables.of(f.sheet().withItem(f.firstItem(), value).variables()));
    }

    private static Submission vote(RestVariables input) {
        return new Submission(
                f -> f.first(WaitingWorld::cycleAtVote, AwardCycleProcess.Elements.VOTE), null, COMPLETE, f -> input);
    }

    private static Submission finalApproval(Function<WaitingWorld, RestVariables> input) {
        return new Submission(
                f -> f.task(WaitingWorld::cycleAtApproval, AwardCycleProcess.Elements.FINAL_APPROVAL),
                "approver",
                SUBMIT_FORM,
                f -> input.apply(f.world()));
    }

    private static Submission moderation(RestVariables input) {
        return new Submission(
                f -> f.task(WaitingWorld::atModeration, NominationProcess.Elements.MODERATE),
                null,
                COMPLETE,
                f -> input);
    }

    private static Submission overdue(RestVariables input) {
        return new Submission(
                f -> f.task(WaitingWorld::atOverdue, NominationProcess.Elements.HANDLE_OVERDUE),
                "office",
                COMPLETE,
                f -> input);
    }

    private static Submission investigation(RestVariables input) {
        return new Submission(
                f -> f.task(WaitingWorld::objectionAtInvestigation, ObjectionProcess.Elements.INVESTIGATE),
                "office",
                SUBMIT_FORM,
                f -> input);
    }

    private static Submission objectionVoteSubmission(RestVariables input) {
        return new Submission(
                f -> f.first(WaitingWorld::objectionAtVote, ObjectionProcess.Elements.VOTE),
                null,
                COMPLETE,
                f -> input);
    }

    static Stream<Arguments> hostileSubmissions() {
        String decision = NominationProcess.Variables.FORMAL_REVIEW_DECISION.name();
        String comment = NominationProcess.Variables.FORMAL_REVIEW_COMMENT.name();
        String track = NominationProcess.Variables.TRACK.name();
        String agree = AwardCycleProcess.Variables.BALLOT_AGREE.name();
        String struck = AwardCycleProcess.Variables.STRUCK_NOMINATIONS.name();
        String strikeReason = AwardCycleProcess.Variables.STRIKE_REASON.name();
        String rescore = NominationProcess.Variables.RESCORE_EXPERTS.name();
        String note = NominationProcess.Variables.MODERATION_NOTE.name();
        String overdueDecision = NominationProcess.Variables.OVERDUE_DECISION.name();
        String newDue = NominationProcess.Variables.EXTENDED_DUE_DATE.name();
        String finding = ObjectionProcess.Variables.FINDING.name();
        String objectionVote = ObjectionProcess.Variables.VOTE.name();
        String objectionNote = ObjectionProcess.Variables.VOTE_NOTE.name();
        return Stream.of(
                hostile(
                        "a formal review decision written as an SQL condition is no decision",
                        formalReview(
                                variables().with(decision, "PASS' OR '1'='1").with(comment, "x")),
                        "请选择形式审查结论"),
                hostile(
                        "a formal review decision sent as a number is no decision",
                        formalReview(variables().with(decision, 1)),
                        "WRONG_TYPE",
                        decision),
                hostile(
                        "a correction request with a reason longer than the record holds is too long",
                        formalReview(variables().with(decision, "CORRECTION").with(comment, "补".repeat(4001))),
                        "形式审查意见不能超过4000个字"),
                hostile(
                        "a correction note longer than the record holds is too long",
                        correction(
                                variables().with(NominationProcess.Variables.CORRECTION_NOTE.name(), "材".repeat(4001))),
                        "补正说明不能超过4000个字"),
                hostile(
                        "a track that is a script is no track",
                        trackAssignment(variables().with(track, "<script>alert(1)</script>")),
                        "请选择评审类别"),
                hostile(
                        "a reason for another track longer than the record holds is too long",
                        trackAssignment(variables()
                                .with(track, "MIDDLE_MANAGER")
                                .with(NominationProcess.Variables.TRACK_OVERRIDE_REASON.name(), "理".repeat(4001))),
                        "调整评审类别的理由不能超过1000个字"),
                hostile("a score of NaN is not a number", firstSheetItem("NaN"), "得分“NaN”不是数字"),
                hostile("a score with a huge exponent is out of range", firstSheetItem("1e9999"), "须在0到"),
                hostile("a score sent as true is not a number", firstSheetItem(true), "不是数字"),
                hostile(
                        "a score that is markup is not a number",
                        firstSheetItem("<img src=x onerror=alert(1)>"),
                        "不是数字"),
                hostile(
                        "a score sheet comment of a hundred thousand characters is too long",
                        scoreSheet(
                                SUBMIT_FORM,
                                f -> RestVariables.of(f.sheet()
                                        .withComment("评".repeat(100_000))
                                        .variables())),
                        "评语不能超过2000个字"),
                hostile(
                        "a conflict declaration sent as the text true is refused, not taken for no conflict",
                        scoreSheet(
                                COMPLETE,
                                f -> RestVariables.of(f.sheet().variables())
                                        .with(ScoreSheetVariables.CONFLICT_DECLARED, "true")),
                        "WRONG_TYPE",
                        ScoreSheetVariables.CONFLICT_DECLARED),
                hostile(
                        "a conflict declaration sent as the number 1 is refused",
                        scoreSheet(
                                COMPLETE,
                                f -> variables()
                                        .with(ScoreSheetVariables.CONFLICT_DECLARED, 1)
                                        .with(ScoreSheetVariables.CONFLICT_REASON, "亲属")),
                        "WRONG_TYPE",
                        ScoreSheetVariables.CONFLICT_DECLARED),
                hostile(
                        "a conflict declaration with a reason longer than the record holds is too long",
                        scoreSheet(
                                COMPLETE,
                                f -> variables()
                                        .with(ScoreSheetVariables.CONFLICT_DECLARED, true)
                                        .with(ScoreSheetVariables.CONFLICT_REASON, "亲".repeat(2000))),
                        "利益冲突情况说明不能超过500个字"),
                hostile(
                        "a ballot that is plain text instead of a checklist is refused",
                        vote(variables().with(agree, "1,2")),
                        "须为选项值的列表"),
                hostile(
                        "a ballot that is a JSON object instead of a checklist is refused",
                        vote(variables().json(agree, "{\"1\": true}")),
                        "须为选项值的列表"),
                hostile(
                        "a ballot for an SQL condition names no nomination",
                        vote(variables().json(agree, "[\"1 OR 1=1\"]")),
                        "不是有效的申报编号"),
                hostile(
                        "a ballot for someone not shortlisted is refused",
                        vote(variables().json(agree, "[\"999999\"]")),
                        "不在候选名单中"),
                hostile(
                        "striking a name that is no nomination id is refused",
                        finalApproval(w -> variables().json(struck, "[\"abc\"]").with(strikeReason, "x")),
                        "不是有效的申报编号"),
                hostile(
                        "striking a candidate with a reason longer than the record holds is too long",
                        finalApproval(w -> variables()
                                .json(struck, "[\"" + w.proposedCandidate() + "\"]")
                                .with(strikeReason, "删".repeat(2001))),
                        "删除人选的理由不能超过2000个字"),
                hostile(
                        "striking a candidate without a reason is refused",
                        finalApproval(w -> variables().json(struck, "[\"" + w.proposedCandidate() + "\"]")),
                        "须说明理由"),
                hostile(
                        "a moderation sending back an SQL comment names no panel member",
                        moderation(
                                variables().json(rescore, "[\"expert1' --\"]").with(note, "重评")),
                        "不是本评审组成员"),
                hostile(
                        "a moderation note longer than the record holds is too long",
                        moderation(variables().json(rescore, "[]").with(note, "议".repeat(2001))),
                        "合议意见不能超过2000个字"),
                hostile(
                        "a moderation note that fills its record behind a full-width indent is too long",
                        moderation(variables().json(rescore, "[]").with(note, "\u3000\u3000" + "议".repeat(1999))),
                        "合议意见不能超过2000个字"),
                hostile(
                        "a moderation naming experts in plain text instead of a checklist is refused",
                        moderation(variables().with(rescore, "expert1, expert2").with(note, "重评")),
                        "须为选项值的列表"),
                hostile(
                        "an overdue decision that is an SQL statement is neither extension nor reassignment",
                        overdue(variables().with(overdueDecision, "DROP TABLE panel_member")),
                        "请选择延期或改派"),
                hostile(
                        "an extension to the thirtieth of February is no date",
                        overdue(variables().with(overdueDecision, "EXTEND").with(newDue, "2026-02-30T25:61")),
                        "请填写有效的新截止时间"),
                hostile(
                        "an extension to a script is no date",
                        overdue(variables().with(overdueDecision, "EXTEND").with(newDue, "<script>alert(1)</script>")),
                        "请填写有效的新截止时间"),
                hostile(
                        "an investigation finding longer than the record holds is too long",
                        investigation(variables().with(finding, "查".repeat(4001))),
                        "调查情况不能超过4000个字"),
                hostile(
                        "a blank investigation finding is refused",
                        investigation(variables().with(finding, "   ")),
                        "请填写调查情况"),
                hostile(
                        "an objection vote in lower case is no vote",
                        objectionVoteSubmission(
                                variables().with(objectionVote, "uphold").with(objectionNote, "属实")),
                        "请选择异议成立或异议不成立"),
                hostile(
                        "an objection vote with a note longer than its limit is too long",
                        objectionVoteSubmission(
                                variables().with(objectionVote, "DISMISS").with(objectionNote, "驳".repeat(1001))),
                        "表决说明不能超过1000个字"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileSubmissions")
    void aHostileSubmissionIsRefusedAndTheTaskStaysOpenWithNothingChanged(
            String why, Submission submission, String[] expected) {
        Fixture fixture = new Fixture(world, scenario, engine.getTaskService());
        Task task = submission.task().apply(fixture);
        String user = submission.user() == null ? task.getAssignee() : submission.user();
        RestVariables input = submission.input().apply(fixture);
        if (task.getAssignee() == null) {
            engine.getTaskService().claim(task.getId(), user); // as Tasklist does before a group task is completed
        }
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response = RestClient.as(http, user)
                .post("/engine-rest/task/" + task.getId() + "/" + submission.endpoint(), input.body());

        assertRefused(response, HttpStatus.BAD_REQUEST, expected);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(task.getId())
                        .count())
                .as("the task is still open")
                .isOne();
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }
}
