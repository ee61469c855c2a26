package cn.wuhan.qualityaward.insider;

import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.NominationBuilder;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import cn.wuhan.qualityaward.support.TasklistSession;
import cn.wuhan.qualityaward.support.WaitingWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a hostile insider tried with a legitimate account, each refused or hidden: forging the scorer
 * or the voter, rewriting variables through one's own task, reading the panel through a task, and
 * reading materials after the seat has ended.
 */
@AwardIntegrationTest
class InsiderFindingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
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
        if (world == null) {
            world = WaitingWorld.build(scenario);
        }
    }

    private Task firstScoringTask() {
        return scenario.scoringTasks(world.inScoring()).get(0);
    }

    @Test
    void anExpertCannotFileTheirSheetUnderAnotherExpertsName() {
        Task task = firstScoringTask();
        String other = scenario.scoringTasks(world.inScoring()).get(1).getAssignee();
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response = RestClient.as(http, task.getAssignee())
                .post(
                        "/engine-rest/task/" + task.getId() + "/complete",
                        RestVariables.of(scenario.sheetFor(world.inScoring())
                                        .scoringShare(1.0)
                                        .variables())
                                .with("expert", other)
                                .body());

        assertRefused(response, HttpStatus.BAD_REQUEST, "UNDECLARED_VARIABLE", "expert");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void tasklistsOwnApiHoldsTheSameRuleAsTheRestApi() throws Exception {
        Task task = firstScoringTask();
        TasklistSession tasklist = TasklistSession.logIn(http, task.getAssignee());
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> forged = tasklist.post(
                TasklistSession.ENGINE_API + "/task/" + task.getId() + "/submit-form",
                RestVariables.of(scenario.sheetFor(world.inScoring())
                                .scoringShare(1.0)
                                .variables())
                        .with("expert", "expert9")
                        .body());
        JsonNode formVariables =
                JSON.readTree(tasklist.get(TasklistSession.ENGINE_API + "/task/" + task.getId() + "/form-variables")
                        .getBody());

        assertRefused(forged, HttpStatus.BAD_REQUEST, "UNDECLARED_VARIABLE", "expert");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
        assertThat(formVariables.has("nomineeName"))
                .as(formVariables.toString())
                .isTrue();
        assertThat(formVariables.has("scoringExperts") || formVariables.has("nrOfInstances"))
                .as(formVariables.toString())
                .isFalse();
    }

    @Test
    void anExpertCannotWriteRenameOrDeleteVariablesThroughTheirOwnTask() {
        Task task = firstScoringTask();
        RestClient expert = RestClient.as(http, task.getAssignee());
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> put = exchange(
                task.getAssignee(),
                HttpMethod.PUT,
                "/engine-rest/task/" + task.getId() + "/variables/panelLeader",
                Map.of("value", task.getAssignee()));
        ResponseEntity<String> modify = expert.post(
                "/engine-rest/task/" + task.getId() + "/variables",
                Map.of("modifications", Map.of("trackLabel", Map.of("value", "高层管理者"))));
        ResponseEntity<String> delete = exchange(
                task.getAssignee(),
                HttpMethod.DELETE,
                "/engine-rest/task/" + task.getId() + "/variables/referenceTrack",
                null);
        ResponseEntity<String> local = exchange(
                task.getAssignee(),
                HttpMethod.PUT,
                "/engine-rest/task/" + task.getId() + "/localVariables/nomineeName",
                Map.of("value", "x"));

        for (ResponseEntity<String> response : List.of(put, modify, delete, local)) {
            assertRefused(response, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        }
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void theEngineItselfNoLongerLetsAnAssigneeWriteTheirTasksVariables() {
        Task task = firstScoringTask();
        engine.getIdentityService().setAuthentication(task.getAssignee(), List.of("experts"));
        try {
            Assertions.assertThatThrownBy(
                            () -> engine.getTaskService().setVariable(task.getId(), "panelLeader", task.getAssignee()))
                    .isInstanceOf(AuthorizationException.class);
            Assertions.assertThatThrownBy(() -> engine.getTaskService().setAssignee(task.getId(), "expert9"))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    void anExpertReadsThroughTheirTaskOnlyWhatItsFormAndCardShow() throws Exception {
        Task task = firstScoringTask();
        RestClient expert = RestClient.as(http, task.getAssignee());

        JsonNode formVariables = JSON.readTree(expert.get("/engine-rest/task/" + task.getId() + "/form-variables")
                .getBody());
        JsonNode variables = JSON.readTree(
                expert.get("/engine-rest/task/" + task.getId() + "/variables").getBody());
        JsonNode asked = JSON.readTree(expert.get("/engine-rest/task/" + task.getId()
                        + "/form-variables?variableNames=scoringExperts,nrOfCompletedInstances,expert")
                .getBody());

        for (JsonNode read : List.of(formVariables, variables)) {
            assertThat(read.has("nomineeName"))
                    .as("the form shows the nominee: %s", read)
                    .isTrue();
            for (String hidden : List.of(
                    "scoringExperts",
                    "panelLeader",
                    "expert",
                    "recused",
                    "nrOfInstances",
                    "nrOfCompletedInstances",
                    "nrOfActiveInstances",
                    "seatDueDate")) {
                assertThat(read.has(hidden)).as("%s hidden in %s", hidden, read).isFalse();
            }
        }
        assertThat(asked.size()).as("asked for hidden names: %s", asked).isZero();
        assertRefused(
                expert.get("/engine-rest/task/" + task.getId() + "/variables/scoringExperts"),
                HttpStatus.FORBIDDEN,
                "NOT_ALLOWED");
        String instance = world.inScoring().getId();
        assertThat(JSON.readTree(expert.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance)
                        .getBody()))
                .as("no variable of the nomination's instance")
                .allSatisfy(v -> assertThat(v.path("taskId").asText()).isEqualTo(task.getId()));
        assertThat(JSON.readTree(expert.get("/engine-rest/job?processInstanceId=" + instance)
                        .getBody()))
                .isEmpty();
        assertThat(JSON.readTree(expert.get("/engine-rest/event-subscription?processInstanceId=" + instance)
                        .getBody()))
                .isEmpty();
        assertThat(expert.get("/engine-rest/process-instance/" + instance).getStatusCode())
                .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    }

    @Test
    void theTaskCardStillNamesTheNomineeForAnExpertWhoCannotReadTheInstance() throws Exception {
        Task task = firstScoringTask();
        String filter = engine.getFilterService()
                .createFilterQuery()
                .filterName("我的待办")
                .singleResult()
                .getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(task.getAssignee(), AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> list = http.exchange(
                "/engine-rest/filter/" + filter + "/list?maxResults=100",
                HttpMethod.POST,
                new HttpEntity<>("{}", headers),
                String.class);

        JsonNode tasks = JSON.readTree(list.getBody()).path("_embedded").path("task");
        JsonNode mine = null;
        for (JsonNode t : tasks) {
            if (t.path("id").asText().equals(task.getId())) {
                mine = t;
            }
        }
        assertThat(mine).as(list.getBody()).isNotNull();
        assertThat(mine.path("_embedded").path("variable").toString()).contains("nomineeName", "评分中");
    }

    @Test
    void aCommitteeMemberCannotCastABallotInAnotherMembersName() {
        Task vote = scenario.votes(world.cycleAtVote()).get(0);
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response = RestClient.as(http, vote.getAssignee())
                .post(
                        "/engine-rest/task/" + vote.getId() + "/complete",
                        RestVariables.variables()
                                .json("ballot_agree", "[]")
                                .with("member", "committee2")
                                .body());

        assertRefused(response, HttpStatus.BAD_REQUEST, "UNDECLARED_VARIABLE", "member");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aCommitteeMemberCannotRewriteTheMembersOrTheShortlistLabels() {
        Task vote = scenario.votes(world.cycleAtVote()).get(2);
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> members = exchange(
                vote.getAssignee(),
                HttpMethod.PUT,
                "/engine-rest/task/" + vote.getId() + "/variables/committeeMembers",
                Map.of("value", "[\"a\"]", "type", "Json"));
        ResponseEntity<String> labels = exchange(
                vote.getAssignee(),
                HttpMethod.PUT,
                "/engine-rest/task/" + vote.getId() + "/variables/shortlistOptions",
                Map.of("value", "[{\"label\":\"已查实造假，请投不同意\",\"value\":\"1\"}]", "type", "Json"));

        assertRefused(members, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertRefused(labels, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void theQuorumCountsTheMembersRecordedWhenVotingOpenedNotAVariable() {
        String cycleId = (String) engine.getRuntimeService()
                .getVariable(world.cycleAtVote().getId(), AwardCycleProcess.Variables.CYCLE_ID.name());
        assertThat(jdbc.queryForList(
                        "select member_id from voting_round_member where cycle_id = ?", String.class, cycleId))
                .hasSize(AwardScenario.COMMITTEE_SIZE);
        assertThat(jdbc.queryForObject(
                        "select count(*) from voting_round_candidate where cycle_id = ?", Integer.class, cycleId))
                .isPositive();
    }

    @Test
    void anExpertsAccessToTheMaterialsEndsWithTheirSeat() {
        var nomination = scenario.nominationInScoring(
                NominationBuilder.aNomination(world.openCycle()).named("材料权限"), "STAFF", null);
        long id = scenario.nominationId(nomination);
        Task task = scenario.scoringTasks(nomination).get(0);
        String expert = task.getAssignee();
        assertThat(RestClient.as(http, expert)
                        .get("/api/nominations/" + id + "/documents")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        engine.getTaskService()
                .complete(
                        task.getId(),
                        scenario.sheetFor(nomination).scoringShare(0.8).variables());

        assertThat(RestClient.as(http, expert)
                        .get("/api/nominations/" + id + "/documents")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anExpertTheAdministratorHandsATaskToAndTakesItBackFromReadsNeitherItNorItsMaterials() {
        scenario.ensureUsers(7);
        var nomination = scenario.nominationInScoring(
                NominationBuilder.aNomination(world.openCycle()).named("改派权限"), "STAFF", null);
        long id = scenario.nominationId(nomination);
        Task task = scenario.scoringTasks(nomination).get(0);
        String seated = task.getAssignee();
        List<String> panel = scenario.scoringTasks(nomination).stream()
                .map(Task::getAssignee)
                .toList();
        String outsider = engine.getIdentityService().createUserQuery().memberOfGroup("experts").list().stream()
                .map(user -> user.getId())
                .filter(expert -> !panel.contains(expert))
                .findFirst()
                .orElseThrow();

        engine.getTaskService().setAssignee(task.getId(), outsider);

        // holding the task without a seat on the panel opens no materials
        assertThat(RestClient.as(http, outsider)
                        .get("/api/nominations/" + id + "/documents")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        engine.getTaskService().setAssignee(task.getId(), seated);

        assertThat(RestClient.as(http, outsider)
                        .get("/engine-rest/task/" + task.getId() + "/form-variables")
                        .getStatusCode()
                        .is2xxSuccessful())
                .isFalse();
        assertThat(engine.getAuthorizationService()
                        .createAuthorizationQuery()
                        .userIdIn(outsider)
                        .resourceId(task.getId())
                        .count())
                .isZero();
        assertThat(RestClient.as(http, seated)
                        .get("/engine-rest/task/" + task.getId() + "/form-variables")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aValueNamingAJavaClassOrANonTextValueForATextFieldIsRefused() {
        Task task = firstScoringTask();
        Map<String, Object> sheet =
                scenario.sheetFor(world.inScoring()).scoringShare(1.0).variables();
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);
        RestVariables asObject = RestVariables.of(sheet);
        Map<String, Object> body = new HashMap<>(asObject.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = new HashMap<>((Map<String, Object>) body.get("variables"));
        variables.put(
                "score_comment",
                Map.of(
                        "type",
                        "Object",
                        "value",
                        "\"http://127.0.0.1:9/\"",
                        "valueInfo",
                        Map.of("objectTypeName", "java.net.URL", "serializationDataFormat", "application/json")));
        ResponseEntity<String> asClass = RestClient.as(http, task.getAssignee())
                .post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables));
        variables.put("score_comment", Map.of("type", "Json", "value", "{\"a\":1}"));
        ResponseEntity<String> asJson = RestClient.as(http, task.getAssignee())
                .post("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables));

        assertRefused(asClass, HttpStatus.BAD_REQUEST, "WRONG_TYPE", "score_comment");
        assertRefused(asJson, HttpStatus.BAD_REQUEST, "WRONG_TYPE", "score_comment");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aTaskIsClaimedOnlyForOneself() {
        Task review = scenario.task(world.atFormalReview(), NominationProcess.Elements.FORMAL_REVIEW);
        if (review.getAssignee() != null) {
            engine.getTaskService().setAssignee(review.getId(), null);
        }

        ResponseEntity<String> forSomeoneElse = RestClient.as(http, "office")
                .post("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "no-such-user"));

        assertRefused(forSomeoneElse, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(review.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();
        assertThat(RestClient.as(http, "office")
                        .post("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "office"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void aCompletionAnswersWithNoneOfTheInstancesVariables() {
        var nomination = scenario.nominationInScoring(
                NominationBuilder.aNomination(world.openCycle()).named("返回变量"), "STAFF", null);
        Task task = scenario.scoringTasks(nomination).get(0);
        Map<String, Object> body = new HashMap<>(RestClient.variables(
                scenario.sheetFor(nomination).scoringShare(0.8).variables()));
        body.put("withVariablesInReturn", true);

        ResponseEntity<String> completed =
                RestClient.as(http, task.getAssignee()).post("/engine-rest/task/" + task.getId() + "/complete", body);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(completed.getBody()).isNull();
    }

    @Test
    void nobodyButTheAdministratorWorksAJobByHandSoNoTimerFiresEarlyOrFreezes() {
        Job timer = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(world.inScoring().getId())
                .timers()
                .list()
                .get(0);
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        for (String user : List.of(firstScoringTask().getAssignee(), "committee1", "approver", "office")) {
            assertRefused(
                    RestClient.as(http, user).post("/engine-rest/job/" + timer.getId() + "/execute", Map.of()),
                    HttpStatus.FORBIDDEN,
                    "NOT_ALLOWED");
        }

        Job after = engine.getManagementService()
                .createJobQuery()
                .jobId(timer.getId())
                .singleResult();
        assertThat(after.getRetries()).isEqualTo(timer.getRetries());
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void theNamedEnginePathOfTheRestApiHoldsTheSameRule() throws Exception {
        Task task = firstScoringTask();
        RestClient expert = RestClient.as(http, task.getAssignee());
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> forged = expert.post(
                "/engine-rest/engine/default/task/" + task.getId() + "/complete",
                RestVariables.of(scenario.sheetFor(world.inScoring())
                                .scoringShare(1.0)
                                .variables())
                        .with("eligible", false)
                        .body());
        JsonNode variables = JSON.readTree(expert.get("/engine-rest/engine/default/task/" + task.getId() + "/variables")
                .getBody());

        assertRefused(forged, HttpStatus.BAD_REQUEST, "UNDECLARED_VARIABLE", "eligible");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
        assertThat(variables.has("nomineeName")).as(variables.toString()).isTrue();
        assertThat(variables.has("scoringExperts") || variables.has("nrOfCompletedInstances"))
                .as(variables.toString())
                .isFalse();
    }

    @Test
    void anExpertCannotAskWhoElseSitsOnThePanelByFilteringTasksOnVariables() {
        Task task = firstScoringTask();
        RestClient expert = RestClient.as(http, task.getAssignee());
        String other = scenario.scoringTasks(world.inScoring()).get(1).getAssignee();

        assertRefused(
                expert.get("/engine-rest/task?processVariables=expert_eq_" + other),
                HttpStatus.FORBIDDEN,
                "NOT_ALLOWED");
        assertRefused(
                expert.get("/engine-rest/engine/default/task/count?processVariables=expert_eq_" + other),
                HttpStatus.FORBIDDEN,
                "NOT_ALLOWED");
        assertRefused(
                expert.post(
                        "/engine-rest/task",
                        Map.of(
                                "processVariables",
                                List.of(Map.of("name", "nrOfCompletedInstances", "operator", "eq", "value", 1)))),
                HttpStatus.FORBIDDEN,
                "NOT_ALLOWED");
        assertThat(expert.get("/engine-rest/task?assignee=" + task.getAssignee())
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anUnclaimedGroupTaskCompletedThroughTasklistIsRefusedInPlainChineseNotAs500() {
        Task correction = scenario.task(world.atCorrection(), NominationProcess.Elements.REGISTER_CORRECTION);
        TasklistSession tasklist = TasklistSession.logIn(http, "office");
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> refused = tasklist.post(
                TasklistSession.ENGINE_API + "/task/" + correction.getId() + "/submit-form",
                RestVariables.variables().with("correctionNote", "已收到补正材料").body());

        assertRefused(refused, HttpStatus.FORBIDDEN, "NOT_ASSIGNEE", "请先认领");
        assertThat(refused.getBody()).doesNotContain("Cannot", "ENGINE-");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void noAssigneeEndsTheirTaskWithABpmnErrorCarryingVariables() throws Exception {
        Task scoring = firstScoringTask();
        Map<String, Object> error = Map.of(
                "errorCode",
                "PANEL_UNAVAILABLE",
                "variables",
                Map.of("nominationId", Map.of("value", 3, "type", "Long")));
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> overRest = RestClient.as(http, scoring.getAssignee())
                .post("/engine-rest/task/" + scoring.getId() + "/bpmnError", error);
        ResponseEntity<String> inTasklist = TasklistSession.logIn(http, scoring.getAssignee())
                .post(TasklistSession.ENGINE_API + "/task/" + scoring.getId() + "/bpmnEscalation", error);
        Task review = scenario.task(world.atFormalReview(), NominationProcess.Elements.FORMAL_REVIEW);
        ResponseEntity<String> byTheOffice = RestClient.as(http, "office")
                .post("/engine-rest/task/" + review.getId() + "/bpmnError", Map.of("errorCode", "ANY"));

        assertRefused(overRest, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertRefused(inTasklist, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertRefused(byTheOffice, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void nobodyButTheAdministratorRestartsAnInstanceAtAStepOfTheirChoice() {
        Map<String, Object> restart = Map.of(
                "processInstanceIds",
                List.of(world.atFormalReview().getId()),
                "instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "userTask_assignTrack")),
                "skipCustomListeners",
                true,
                "skipIoMappings",
                true);
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> refused = RestClient.as(http, "office")
                .post(
                        "/engine-rest/process-definition/"
                                + world.atFormalReview().getProcessDefinitionId() + "/restart",
                        restart);

        assertRefused(refused, HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aTaskTakesNoCommentOrAttachmentFromItsAssignee() {
        Task scoring = firstScoringTask();
        RestClient expert = RestClient.as(http, scoring.getAssignee());

        assertRefused(
                expert.post("/engine-rest/task/" + scoring.getId() + "/comment/create", Map.of("message", "给同组专家看")),
                HttpStatus.FORBIDDEN,
                "NOT_ALLOWED");
        assertRefused(
                expert.post("/engine-rest/task/" + scoring.getId() + "/attachment/create", Map.of()),
                HttpStatus.FORBIDDEN,
                "NOT_ALLOWED");
    }

    @Test
    void aVariableConditionHiddenInAnOrQueryOrASortingIsRefusedToo() {
        Task task = firstScoringTask();
        RestClient expert = RestClient.as(http, task.getAssignee());
        String other = scenario.scoringTasks(world.inScoring()).get(1).getAssignee();
        Map<String, Object> orQuery = Map.of(
                "orQueries",
                List.of(Map.of(
                        "processVariables", List.of(Map.of("name", "expert", "operator", "eq", "value", other)))));
        Map<String, Object> sorted = Map.of(
                "sorting",
                List.of(Map.of(
                        "sortBy",
                        "processVariable",
                        "sortOrder",
                        "asc",
                        "parameters",
                        Map.of("variable", "nominationId", "type", "Long"))));

        assertRefused(expert.post("/engine-rest/task", orQuery), HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertRefused(
                expert.post("/engine-rest/engine/default/task/count", orQuery), HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertRefused(expert.post("/engine-rest/task", sorted), HttpStatus.FORBIDDEN, "NOT_ALLOWED");
        assertThat(expert.post("/engine-rest/task", Map.of("assignee", task.getAssignee()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void theOfficeStillListsAnInstancesJobsAsCockpitAsksForThem() {
        RestClient office = RestClient.as(http, "office");
        Map<String, Object> query =
                Map.of("processInstanceId", world.inScoring().getId());

        assertThat(office.post("/engine-rest/job", query).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(office.post("/engine-rest/job/count", query).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(office.post("/engine-rest/job-definition/count", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, AwardScenario.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
