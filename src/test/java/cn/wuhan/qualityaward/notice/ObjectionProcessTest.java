package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.notice.ObjectionProcess.Elements;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 公示异议: filed in the notice, investigated by the office, decided by the committee's vote. */
@AwardIntegrationTest
class ObjectionProcessTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    CommitteeService committee;

    @Autowired
    NominationService nominations;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    String cycleId;
    ProcessInstance cycle;
    ProcessInstance candidate;
    long candidateId;

    @BeforeEach
    void aListInPublicNotice() {
        BpmnAwareTests.init(engine);
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        cycle = scenario.openCycle(cycleId);
        candidate = scenario.nominationInScoring(aNomination(cycleId).named("丙"), "STAFF", null);
        scenario.scoreAll(candidate, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        candidateId = scenario.nominationId(candidate);
        scenario.proposeWinners(cycle, List.of(candidateId));
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.NOTICE_PERIOD);
    }

    @Test
    void theInvestigationAndTheVotesNameTheCandidateByTheReferenceNumberOnTheirCardsAndForms() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "张三");
        String reference = nominations.get(candidateId).referenceNo();

        Task investigation = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(objection.getId())
                .singleResult();
        assertThat(engine.getTaskService().getVariablesLocal(investigation.getId()))
                .containsEntry("referenceNo", reference)
                .containsEntry("nomineeName", "丙");
        scenario.investigate(objection, "经核实，获奖证书真实有效");
        Task vote = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(objection.getId())
                .list()
                .get(0);
        assertThat(engine.getTaskService().getVariablesLocal(vote.getId())).containsEntry("referenceNo", reference);
    }

    @Test
    void theCommitteeDismissesAnObjectionWhenFewerThanTwoThirdsOfThoseVotingFindItFounded() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "张三");
        assertThat(objection).isWaitingAt(Elements.INVESTIGATE);
        scenario.investigate(objection, "经核实，获奖证书真实有效");
        assertThat(objection).hasPassed(Elements.OPEN_VOTING).isWaitingAt(Elements.VOTE);
        List<String> members = members(objection);

        // one short of two thirds of everyone present
        int upholding = twoThirdsOf(members.size()) - 1;
        for (int i = 0; i < members.size(); i++) {
            scenario.voteOnObjection(objection, members.get(i), i < upholding ? "UPHOLD" : "DISMISS");
        }

        assertThat(objection)
                .isEnded()
                .hasPassed(Elements.STORE_VOTE, Elements.TALLY, Elements.REPORT_CLOSED, Elements.END);
        assertThat(status(objectionId(objection))).isEqualTo("DISMISSED");
        assertThat(committee.proposed(cycleId)).containsExactly(candidateId);
    }

    @Test
    void theCommitteeUpholdsAnObjectionWhenTwoThirdsOfThoseVotingFindItFoundedAndTheCandidateIsWithdrawn() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "李四");
        scenario.investigate(objection, "经核实，一项获奖证书系伪造");
        List<String> members = members(objection);

        int upholding = twoThirdsOf(members.size());
        for (int i = 0; i < members.size(); i++) {
            scenario.voteOnObjection(objection, members.get(i), i < upholding ? "UPHOLD" : "DISMISS");
        }

        assertThat(status(objectionId(objection))).isEqualTo("UPHELD");
        assertThat(committee.proposed(cycleId)).isEmpty();
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
        scenario.approve(cycle, List.of(), null);
        assertThat(candidate).isEnded().hasPassed(NominationProcess.Elements.END_WITHDRAWN_ON_OBJECTION);
        assertThat(nominations.get(candidateId).status()).isEqualTo(NominationStatus.WITHDRAWN_ON_OBJECTION);
    }

    @Test
    void theVotingDeadlineClosesTheRoundAndTheVotesCastAreCountedWhenAQuorumVoted() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "周一");
        scenario.investigate(objection, "经核实属实");
        List<String> members = members(objection);
        List<String> present = members.subList(0, quorumOf(members.size()));
        present.forEach(member -> scenario.voteOnObjection(objection, member, "UPHOLD"));
        assertThat(objection).isWaitingAt(Elements.VOTE);

        scenario.fireTimer(objection, Elements.VOTING_DEADLINE);

        assertThat(scenario.objectionVotes(objection)).isEmpty();
        assertThat(objection)
                .hasPassed(Elements.VOTING_DEADLINE, Elements.TALLY)
                .isEnded();
        assertThat(status(objectionId(objection))).isEqualTo("UPHELD");
        assertThat(committee.proposed(cycleId)).isEmpty();
    }

    @Test
    void withoutAQuorumTheCommitteeVotesAgainInANewRound() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "吴二");
        scenario.investigate(objection, "经核实属实");
        List<String> members = members(objection);
        members.subList(0, quorumOf(members.size()) - 1)
                .forEach(member -> scenario.voteOnObjection(objection, member, "UPHOLD"));

        scenario.fireTimer(objection, Elements.VOTING_DEADLINE);

        assertThat(status(objectionId(objection))).isEqualTo("INVESTIGATED");
        assertThat(members(objection)).as("every member votes again").isEqualTo(members);
        assertThat(rounds(objectionId(objection))).isEqualTo(2);
        scenario.ruleOnObjection(objection, "DISMISS");
        assertThat(objection).isEnded();
        assertThat(status(objectionId(objection))).isEqualTo("DISMISSED");
        assertThat(committee.proposed(cycleId)).containsExactly(candidateId);
    }

    @Test
    void theNoticeDoesNotCloseWhileAnObjectionIsOpen() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "王五");

        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
        assertThat(cycle)
                .hasPassed(AwardCycleProcess.Elements.CHECK_OBJECTIONS)
                .isWaitingAt(AwardCycleProcess.Elements.AWAIT_OBJECTIONS);

        scenario.investigate(objection, "经核实，情况属实但不影响评选");
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.AWAIT_OBJECTIONS);
        scenario.ruleOnObjection(objection, "DISMISS");

        assertThat(cycle)
                .hasPassed(AwardCycleProcess.Elements.AWAIT_OBJECTIONS)
                .isWaitingAt(AwardCycleProcess.Elements.FINAL_APPROVAL);
    }

    @Test
    void anAnonymousObjectionIsRefusedAndNothingIsFiled() {
        int before = objections();

        assertThatThrownBy(() -> scenario.fileObjection(cycleId, candidateId, "匿名"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("不受理匿名异议");
        assertThat(objections()).isEqualTo(before);
    }

    @Test
    void anObjectionAboutSomeoneNotOnTheListIsRefused() {
        assertThatThrownBy(() -> scenario.fileObjectionAbout(cycleId, cycleId + "-99999", "赵六"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("不在本期公示名单中");
    }

    @Test
    void aLateObjectionIsRefused() {
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);

        assertThatThrownBy(() -> scenario.fileObjection(cycleId, candidateId, "钱七"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("不在公示期内");
    }

    @Test
    void aVoteThatIsNeitherUpholdNorDismissIsRefused() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "孙八");
        scenario.investigate(objection, "已核实");
        String member = members(objection).get(0);

        assertThatThrownBy(() -> scenario.voteOnObjection(objection, member, "uphold"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("请选择异议成立或异议不成立");
        assertThat(members(objection)).contains(member);
        assertThat(votes(objectionId(objection))).isZero();
    }

    @Test
    void aMemberWhoIsAlsoAnAdministratorAndHasVotedCannotVoteAgainThroughAnotherMembersTask() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "郑十");
        scenario.investigate(objection, "已核实");
        List<Task> tasks = scenario.objectionVotes(objection);
        String first = tasks.get(0).getAssignee();
        scenario.voteOnObjection(objection, first, "UPHOLD");

        // the engine lets an administrator complete anyone's task; only the task's assignee may complete it
        List<String> groups = List.of(Groups.COMMITTEE, Groups.ADMIN);
        assertThatThrownBy(() -> scenario.completeObjectionVoteAs(
                        first, groups, tasks.get(1), scenario.objectionVote("UPHOLD", null)))
                .hasMessageContaining("只有任务的办理人本人可以提交")
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(votes(objectionId(objection))).isOne();
        assertThat(scenario.objectionVotes(objection)).hasSize(tasks.size() - 1);
    }

    @Test
    void anAdministratorWhoIsNotAMemberOfTheRoundCannotVoteInAMembersTask() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "冯十一");
        scenario.investigate(objection, "已核实");
        Task task = scenario.objectionVotes(objection).get(0);

        List<String> groups = List.of(Groups.ADMIN);
        assertThatThrownBy(() ->
                        scenario.completeObjectionVoteAs("admin", groups, task, scenario.objectionVote("UPHOLD", "越权")))
                .hasMessageContaining("只有任务的办理人本人可以提交")
                .hasRootCauseInstanceOf(BadUserRequestException.class);
        assertThat(votes(objectionId(objection))).isZero();
        assertThat(scenario.objectionVotes(objection)).contains(task);
    }

    @Test
    void votesAreKeptInTheAwardsTablesAndNeitherInTheProcessNorInItsHistory() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "陈十二");
        scenario.investigate(objection, "已核实");
        String member = members(objection).get(0);
        scenario.completeObjectionVoteAs(
                member, scenario.objectionVotes(objection).get(0), scenario.objectionVote("DISMISS", "证据不足"));

        assertThat(jdbc.queryForMap(
                        "select member_id, vote, note from objection_vote where objection_id = ?",
                        objectionId(objection)))
                .containsEntry("MEMBER_ID", member)
                .containsEntry("VOTE", "DISMISS")
                .containsEntry("NOTE", "证据不足");
        assertThat(engine.getRuntimeService().getVariables(objection.getId()))
                .doesNotContainKeys(
                        ObjectionProcess.Variables.VOTE.name(), ObjectionProcess.Variables.VOTE_NOTE.name());
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(objection.getId())
                        .variableNameLike("ballot_%")
                        .count())
                .isZero();
    }

    @Test
    void aMemberCannotWriteAVoteIntoTheirTaskAndNoneIsSeenInAnotherMembersTask() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "褚十三");
        scenario.investigate(objection, "已核实");
        List<Task> tasks = scenario.objectionVotes(objection);
        String vote = ObjectionProcess.Variables.VOTE.name();

        engine.getIdentityService().setAuthentication(tasks.get(0).getAssignee(), List.of(Groups.COMMITTEE));
        try {
            assertThatThrownBy(() ->
                            engine.getTaskService().setVariable(tasks.get(0).getId(), vote, "UPHOLD"))
                    .as("a member works on their task, they do not write its variables")
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(engine.getTaskService().getVariables(tasks.get(1).getId()).get(vote))
                .isNull();
        assertThat(engine.getRuntimeService().getVariables(objection.getId())).doesNotContainKey(vote);
    }

    @Test
    void aMemberWhoSendsAnotherFindingWithTheirVoteChangesNothingOtherMembersAreShown() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "卫十四");
        scenario.investigate(objection, "经核实，获奖证书系伪造");
        List<Task> tasks = scenario.objectionVotes(objection);
        String finding = ObjectionProcess.Variables.FINDING.name();
        String grounds = ObjectionProcess.Variables.GROUNDS.name();

        Map<String, Object> v = scenario.objectionVote("DISMISS", null);
        v.put(finding, "经核实，不属实");
        v.put(grounds, "无");
        scenario.completeObjectionVoteAs(tasks.get(0).getAssignee(), tasks.get(0), v);

        Map<String, Object> shown =
                engine.getTaskService().getVariables(tasks.get(1).getId());
        assertThat(shown).containsEntry(finding, "经核实，获奖证书系伪造").containsEntry(grounds, "申报材料中的获奖证书与实际不符");
    }

    @Test
    void aMemberVotingWithAnotherObjectionsIdChangesNothingOnThatObjection() {
        ProcessInstance voted = scenario.fileObjection(cycleId, candidateId, "张三");
        ProcessInstance other = scenario.fileObjection(cycleId, candidateId, "李四");
        scenario.investigate(voted, "经核实，不属实");
        long otherId = objectionId(other);

        for (Task task : scenario.objectionVotes(voted)) {
            Map<String, Object> v = scenario.objectionVote("UPHOLD", null);
            v.put("objectionId", otherId);
            scenario.completeObjectionVoteAs(task.getAssignee(), task, v);
        }

        assertThat(status(otherId)).isEqualTo("OPEN");
        assertThat(other).isWaitingAt(Elements.INVESTIGATE);
        assertThat(status(objectionId(voted))).isEqualTo("UPHELD");
        assertThat(votes(otherId)).isZero();
    }

    @Autowired
    ObjectionRepository repository;

    @Test
    void aRecordedRulingIsNeverOverwritten() {
        ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "王五");
        scenario.investigate(objection, "经核实，不属实");
        scenario.ruleOnObjection(objection, "DISMISS");
        long id = objectionId(objection);
        String reason = jdbc.queryForObject("select decision_reason from objection where id = ?", String.class, id);

        assertThatThrownBy(() -> repository.decide(id, ObjectionStatus.UPHELD, "改判"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(status(id)).isEqualTo("DISMISSED");
        assertThat(jdbc.queryForObject("select decision_reason from objection where id = ?", String.class, id))
                .isEqualTo(reason);
        assertThat(committee.proposed(cycleId)).containsExactly(candidateId);
    }

    @Test
    void anyoneLoggedInMayObjectThroughTheApiWithFieldErrorsForBadOnes() {
        Map<String, Object> good = Map.of(
                "cycleId",
                cycleId,
                "candidateReference",
                nominations.get(candidateId).referenceNo(),
                "objectorName",
                "周九",
                "objectorContact",
                "027-88888888",
                "grounds",
                "候选人存在违规行为");
        ResponseEntity<String> filed = RestClient.as(http, "expert4").post("/api/objections", good);
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);

        int before = objections();
        ResponseEntity<String> refused = RestClient.as(http, "committee2")
                .post(
                        "/api/objections",
                        Map.of(
                                "cycleId",
                                cycleId,
                                "candidateReference",
                                nominations.get(candidateId).referenceNo(),
                                "objectorName",
                                " ",
                                "objectorContact",
                                "",
                                "grounds",
                                "x"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"field\":\"objectorName\"").contains("\"field\":\"objectorContact\"");
        assertThat(objections()).isEqualTo(before);
        assertThat(RestClient.anonymous(http).post("/api/objections", good).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theApiTakesTheCandidateByTheReferenceNumberTheNoticeListShows() {
        String reference = nominations.get(candidateId).referenceNo();

        ResponseEntity<String> filed =
                RestClient.as(http, "expert4").post("/api/objections", apiObjection("candidateReference", reference));

        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = Long.parseLong(filed.getBody().replaceAll("\\D", ""));
        assertThat(jdbc.queryForObject("select nomination_id from objection where id = ?", Long.class, id))
                .isEqualTo(candidateId);
    }

    @Test
    void aRecommendingUnitsAccountFilesNoObjectionItsPeopleObjectInThePublicForm() {
        scenario.ensureRecommender("recommender1", "武汉市东湖新技术开发区质量强区办");
        int before = objections();

        ResponseEntity<String> refused = RestClient.as(http, "recommender1")
                .post(
                        "/api/objections",
                        apiObjection(
                                "candidateReference",
                                nominations.get(candidateId).referenceNo()));

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("推荐单位账号不能提出异议", "公示页面", "/public/notices");
        assertThat(objections()).isEqualTo(before);
    }

    @Test
    void anUnknownReferenceNumberIsRefusedInChineseWithACodeAndNothingIsFiled() {
        int before = objections();

        ResponseEntity<String> refused = RestClient.as(http, "expert4")
                .post("/api/objections", apiObjection("candidateReference", cycleId + "-99999"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody())
                .contains("\"field\":\"candidateReference\"")
                .contains("\"code\":\"NOT_ON_LIST\"")
                .contains("申报编号“" + cycleId + "-99999”不在本期公示名单中");
        assertThat(objections()).isEqualTo(before);
    }

    @Test
    void aReferenceNumberOfACandidateNotOnThatCyclesListIsRefusedAndNothingIsFiled() {
        String otherCycle = scenario.newCycleIdWithOpenCycle();
        ProcessInstance elsewhere = scenario.nominate(aNomination(otherCycle).named("丁"));
        String reference = nominations.get(scenario.nominationId(elsewhere)).referenceNo();
        int before = objections();

        ResponseEntity<String> refused =
                RestClient.as(http, "expert4").post("/api/objections", apiObjection("candidateReference", reference));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"code\":\"NOT_ON_LIST\"").contains("不在本期公示名单中");
        assertThat(objections()).isEqualTo(before);
    }

    @Test
    void theInternalNominationIdIsRefusedWithACodeThatPointsToTheReferenceNumber() {
        int before = objections();
        Map<String, Object> internal = new HashMap<>(apiObjection("candidateReference", null));
        internal.remove("candidateReference");
        internal.put("nominationId", candidateId);

        ResponseEntity<String> refused = RestClient.as(http, "expert4").post("/api/objections", internal);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody())
                .contains("\"field\":\"nominationId\"")
                .contains("\"code\":\"USE_CANDIDATE_REFERENCE\"")
                .contains("申报编号");
        assertThat(objections()).isEqualTo(before);
    }

    private Map<String, Object> apiObjection(String candidateField, Object candidate) {
        Map<String, Object> body = new HashMap<>();
        body.put("cycleId", cycleId);
        body.put(candidateField, candidate);
        body.put("objectorName", "周九");
        body.put("objectorContact", "027-88888888");
        body.put("grounds", "候选人存在违规行为");
        return body;
    }

    private String status(long objectionId) {
        return jdbc.queryForObject("select status from objection where id = ?", String.class, objectionId);
    }

    private List<String> members(ProcessInstance objection) {
        return scenario.objectionVotes(objection).stream()
                .map(Task::getAssignee)
                .toList();
    }

    private long objectionId(ProcessInstance objection) {
        return ObjectionProcess.objectionIdOf(objection.getBusinessKey());
    }

    private int votes(long objectionId) {
        return jdbc.queryForObject(
                "select count(*) from objection_vote where objection_id = ?", Integer.class, objectionId);
    }

    private int rounds(long objectionId) {
        return jdbc.queryForObject(
                "select count(*) from objection_round where objection_id = ?", Integer.class, objectionId);
    }

    /** The fewest votes that are two thirds of everyone present. */
    private static int twoThirdsOf(int present) {
        return (2 * present + 2) / 3;
    }

    /** The fewest members present for the default quorum of two thirds. */
    private static int quorumOf(int members) {
        return (2 * members + 2) / 3;
    }

    private int objections() {
        return jdbc.queryForObject("select count(*) from objection", Integer.class);
    }
}
