package cn.wuhan.qualityaward.recommender;

import static cn.wuhan.qualityaward.support.FilingBuilder.aFiling;
import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.FilingBuilder;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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

/** 推荐单位: they file for their own unit, add its materials, answer its 补正 and follow its nominations, nothing more. */
@AwardIntegrationTest
class RecommendingUnitTest {

    static final String EAST = "recEast";
    static final String EAST_UNIT = "测试东湖新技术开发区质量强区办";
    static final String RIVER = "recRiver";
    static final String RIVER_UNIT = "测试江岸区质量强区办";
    static final String UNBOUND = "recUnbound";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RecommenderService recommenders;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();

    String cycleId;

    @BeforeEach
    void twoUnitsAndAnOpenCycle() {
        scenario.ensureUsers(5);
        ensureRecommender(EAST, EAST_UNIT);
        ensureRecommender(RIVER, RIVER_UNIT);
        ensureRecommender(UNBOUND, null);
        cycleId = scenario.newCycleIdWithOpenCycle();
    }

    @Test
    void aRecommenderFilesForItsOwnUnitAndIsRecordedAsTheFiler() throws Exception {
        ResponseEntity<String> filed = as(EAST).post(
                        "/api/nominations",
                        aFiling(cycleId).with("recommendingUnit", EAST_UNIT).json());

        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = json.readTree(filed.getBody()).get("id").asLong();
        assertThat(jdbc.queryForObject("select recommending_unit from nomination where id = ?", String.class, id))
                .isEqualTo(EAST_UNIT);
        assertThat(jdbc.queryForMap(
                        "select filed_by, by_recommender from nomination_filer where nomination_id = ?", id))
                .containsEntry("FILED_BY", EAST)
                .containsEntry("BY_RECOMMENDER", true);
    }

    @Test
    void aRecommenderWhoNamesAnotherUnitIsToldWhichUnitItFilesForAndNothingIsFiled() {
        int before = nominationsOfCycle();

        ResponseEntity<String> refused = as(EAST).post(
                        "/api/nominations",
                        aFiling(cycleId).with("recommendingUnit", RIVER_UNIT).json());

        assertRefused(refused, HttpStatus.BAD_REQUEST, "NOT_OWN_UNIT", "只能为本单位", EAST_UNIT);
        assertThat(nominationsOfCycle()).isEqualTo(before);
    }

    @Test
    void aRecommenderWhoLeavesTheUnitEmptyInTasklistsStartFormFilesForItsOwn() {
        var values = aNomination(cycleId)
                .named("表单申报")
                .with(NominationProcess.Variables.RECOMMENDING_UNIT.name(), "")
                .variables();

        ResponseEntity<String> started = as(EAST).post(
                        "/engine-rest/process-definition/key/" + NominationProcess.KEY + "/submit-form",
                        RestVariables.of(values).body());

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForMap(
                        "select n.recommending_unit, f.filed_by from nomination n join nomination_filer f on f.nomination_id = n.id"
                                + " where n.cycle_id = ? and n.nominee_name = '表单申报'",
                        cycleId))
                .containsEntry("RECOMMENDING_UNIT", EAST_UNIT)
                .containsEntry("FILED_BY", EAST);
    }

    @Test
    void aRecommenderWhoNamesAnotherUnitInTasklistsStartFormIsRefusedInChinese() {
        int before = nominationsOfCycle();
        var values = aNomination(cycleId)
                .named("表单申报他单位")
                .with(NominationProcess.Variables.RECOMMENDING_UNIT.name(), RIVER_UNIT)
                .variables();

        ResponseEntity<String> refused = as(EAST).post(
                        "/engine-rest/process-definition/key/" + NominationProcess.KEY + "/submit-form",
                        RestVariables.of(values).body());

        assertThat(refused.getStatusCode().is4xxClientError())
                .as(refused.getBody())
                .isTrue();
        assertThat(refused.getBody()).contains("只能为本单位", EAST_UNIT);
        assertThat(nominationsOfCycle()).isEqualTo(before);
    }

    /** A recommender's filing as its start form is usually sent: 推荐单位 left for the server to fill in. */
    private FilingBuilder ownUnitsFiling() {
        return aFiling(cycleId).without("recommendingUnit");
    }

    private int nominationsOfCycle() {
        return jdbc.queryForObject("select count(*) from nomination where cycle_id = ?", Integer.class, cycleId);
    }

    @Test
    void theOfficeStillFilesOnBehalfOfAUnitAndIsRecordedAsTheFiler() throws Exception {
        ResponseEntity<String> filed = as("office")
                .post(
                        "/api/nominations",
                        aFiling(cycleId).with("recommendingUnit", RIVER_UNIT).json());

        long id = json.readTree(filed.getBody()).get("id").asLong();
        assertThat(jdbc.queryForObject("select recommending_unit from nomination where id = ?", String.class, id))
                .isEqualTo(RIVER_UNIT);
        assertThat(jdbc.queryForObject(
                        "select filed_by from nomination_filer where nomination_id = ?", String.class, id))
                .isEqualTo("office");
    }

    @Test
    void aRecommenderWithoutAUnitCannotFile() {
        assertRefused(
                as(UNBOUND).post("/api/nominations", aFiling(cycleId).json()),
                HttpStatus.BAD_REQUEST,
                "NO_RECOMMENDING_UNIT");
    }

    @Test
    void aRecommenderSeesOnlyItsOwnUnitsNominationsWithTheirStageAndNoScores() throws Exception {
        long own = json.readTree(
                        as(EAST).post("/api/nominations", ownUnitsFiling().json())
                                .getBody())
                .get("id")
                .asLong();
        long other = json.readTree(as(RIVER)
                        .post(
                                "/api/nominations",
                                ownUnitsFiling()
                                        .with("idNumber", "42010219720101001X")
                                        .json())
                        .getBody())
                .get("id")
                .asLong();

        ResponseEntity<String> list = as(EAST).get("/api/nominations");

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Long> ids = new ArrayList<>();
        for (JsonNode n : json.readTree(list.getBody())) {
            ids.add(n.get("id").asLong());
            assertThat(n.get("recommendingUnit").asText()).isEqualTo(EAST_UNIT);
            if (n.get("id").asLong() == own) {
                assertThat(n.get("stage").asText()).isEqualTo("形式审查");
            }
        }
        assertThat(ids).contains(own).doesNotContain(other);
        assertThat(list.getBody())
                .doesNotContainIgnoringCase("score")
                .doesNotContainIgnoringCase("expert")
                .doesNotContainIgnoringCase("panel");
    }

    @Test
    void theStartFormsListPageShowsAUnitItsOwnNominationsEachLinkedToItsMaterialsPage() throws Exception {
        long own = json.readTree(
                        as(EAST).post("/api/nominations", ownUnitsFiling().json())
                                .getBody())
                .get("id")
                .asLong();
        long other = json.readTree(as(RIVER)
                        .post(
                                "/api/nominations",
                                ownUnitsFiling()
                                        .with("idNumber", "42010219720101001X")
                                        .json())
                        .getBody())
                .get("id")
                .asLong();

        ResponseEntity<String> page = http.exchange(
                "/api/nominations/materials", HttpMethod.GET, new HttpEntity<>(htmlAs(EAST)), String.class);
        ResponseEntity<String> refused = http.exchange(
                "/api/nominations/materials", HttpMethod.GET, new HttpEntity<>(htmlAs("expert1")), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.getBody())
                .contains("<title>申报列表</title>")
                .contains("href=\"/api/nominations/" + own + "/documents\" target=\"_blank\" rel=\"noopener\">申报材料</a>")
                .doesNotContain("/api/nominations/" + other + "/documents")
                .contains("返回任务列表");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).contains("只有评审办公室和推荐单位可以查看申报列表");
    }

    private static HttpHeaders htmlAs(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return headers;
    }

    @Test
    void expertsAndCommitteeMembersDoNotListNominations() {
        assertRefused(as("expert1").get("/api/nominations"), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertRefused(as("committee1").get("/api/nominations"), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void aRecommenderReadsNoRankingDossierSummaryOrInstanceVariables() throws Exception {
        long own = json.readTree(
                        as(EAST).post("/api/nominations", ownUnitsFiling().json())
                                .getBody())
                .get("id")
                .asLong();

        assertRefused(as(EAST).get("/api/cycles/" + cycleId + "/ranking"), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertThat(as(EAST).download("/api/nominations/" + own + "/dossier.xlsx")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertRefused(as(EAST).get("/api/cycles/" + cycleId + "/summary"), HttpStatus.FORBIDDEN, "FORBIDDEN");
        ResponseEntity<String> variables = as(EAST).get("/engine-rest/variable-instance?variableName=nomineeName");
        assertThat(json.readTree(variables.getBody())).isEmpty();
        assertThat(json.readTree(as(EAST).get("/engine-rest/process-instance").getBody()))
                .isEmpty();
    }

    @Test
    void aRecommenderAddsMaterialsToItsOwnNominationOnly() throws Exception {
        long own = json.readTree(
                        as(EAST).post("/api/nominations", ownUnitsFiling().json())
                                .getBody())
                .get("id")
                .asLong();
        long other = json.readTree(as(RIVER)
                        .post(
                                "/api/nominations",
                                ownUnitsFiling()
                                        .with("idNumber", "42010219720101001X")
                                        .json())
                        .getBody())
                .get("id")
                .asLong();

        assertThat(as(EAST).upload("/api/nominations/" + own + "/documents", "申报书.png", PNG)
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(as(EAST).get("/api/nominations/" + own + "/documents").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertRefused(
                as(EAST).upload("/api/nominations/" + other + "/documents", "申报书.png", PNG),
                HttpStatus.FORBIDDEN,
                "FORBIDDEN");
        assertRefused(as(EAST).get("/api/nominations/" + other + "/documents"), HttpStatus.FORBIDDEN, "FORBIDDEN");
    }

    @Test
    void theCorrectionRequestGoesToTheFilingUnitWhichAnswersItAndTheOfficeReviewsAgain() throws Exception {
        long own = json.readTree(
                        as(EAST).post("/api/nominations", ownUnitsFiling().json())
                                .getBody())
                .get("id")
                .asLong();
        ProcessInstance nomination = instanceOf(own);
        scenario.decideFormalReview(nomination, "CORRECTION", "请补充近三年获奖证书");
        Task correction = scenario.task(nomination, NominationProcess.Elements.REGISTER_CORRECTION);
        assertThat(engine.getTaskService().getIdentityLinksForTask(correction.getId()))
                .extracting(IdentityLink::getUserId)
                .contains(EAST)
                .doesNotContain(RIVER);
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskCandidateUser(EAST)
                        .taskId(correction.getId())
                        .count())
                .isEqualTo(1);

        ResponseEntity<String> claimed =
                as(EAST).post("/engine-rest/task/" + correction.getId() + "/claim", Map.of("userId", EAST));
        assertThat(claimed.getStatusCode()).as(claimed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> answered = as(EAST).post(
                        "/engine-rest/task/" + correction.getId() + "/submit-form",
                        RestClient.variables(Map.of(NominationProcess.Variables.CORRECTION_NOTE.name(), "已补充获奖证书三份")));

        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        Task review = scenario.task(nomination, NominationProcess.Elements.FORMAL_REVIEW);
        assertThat(engine.getTaskService().getIdentityLinksForTask(review.getId()))
                .extracting(IdentityLink::getGroupId)
                .contains(Groups.OFFICE);
        assertThat(jdbc.queryForObject(
                        "select actor from nomination_decision where nomination_id = ? and stage = 'CORRECTION'",
                        String.class,
                        own))
                .isEqualTo(EAST);
    }

    @Test
    void anotherUnitCanNeitherClaimNorAnswerTheCorrection() throws Exception {
        long own = json.readTree(
                        as(EAST).post("/api/nominations", ownUnitsFiling().json())
                                .getBody())
                .get("id")
                .asLong();
        ProcessInstance nomination = instanceOf(own);
        scenario.decideFormalReview(nomination, "CORRECTION", "请补充近三年获奖证书");
        Task correction = scenario.task(nomination, NominationProcess.Elements.REGISTER_CORRECTION);

        ResponseEntity<String> claimed =
                as(RIVER).post("/engine-rest/task/" + correction.getId() + "/claim", Map.of("userId", RIVER));
        ResponseEntity<String> answered = as(RIVER)
                .post(
                        "/engine-rest/task/" + correction.getId() + "/submit-form",
                        RestClient.variables(Map.of(NominationProcess.Variables.CORRECTION_NOTE.name(), "代为补正")));

        assertThat(claimed.getStatusCode().is4xxClientError())
                .as(claimed.getBody())
                .isTrue();
        assertThat(answered.getStatusCode().is4xxClientError())
                .as(answered.getBody())
                .isTrue();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(correction.getId())
                        .singleResult()
                        .getAssignee())
                .isNull();
    }

    @Test
    void aCorrectionOfANominationTheOfficeFiledStaysWithTheOffice() {
        ProcessInstance nomination = scenario.nominate(
                aNomination(cycleId).with(NominationProcess.Variables.RECOMMENDING_UNIT.name(), EAST_UNIT));
        scenario.decideFormalReview(nomination, "CORRECTION", "请补充材料");

        Task correction = scenario.task(nomination, NominationProcess.Elements.REGISTER_CORRECTION);
        assertThat(engine.getTaskService().getIdentityLinksForTask(correction.getId()))
                .extracting(IdentityLink::getUserId)
                .doesNotContain(EAST);
    }

    private ProcessInstance instanceOf(long nominationId) {
        String reference =
                jdbc.queryForObject("select reference_no from nomination where id = ?", String.class, nominationId);
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .singleResult();
    }

    private RestClient as(String user) {
        return RestClient.as(http, user);
    }

    private void ensureRecommender(String userId, String unit) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(userId);
            user.setLastName("推荐单位");
            user.setPassword(AwardScenario.PASSWORD);
            identity.saveUser(user);
            identity.createMembership(userId, Groups.RECOMMENDERS);
        }
        if (unit != null) {
            recommenders.bind(userId, unit);
        }
    }
}
