package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.support.FilingBuilder.aFiling;
import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/** 职称 and 联系电话: filed, checked, stored, shown to the office and to nobody else. */
@AwardIntegrationTest
class NomineeContactOnFileTest {

    private static final String PATH = "/api/nominations";

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    String cycleId;

    @BeforeEach
    void anOpenCycle() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleIdWithOpenCycle();
    }

    @Test
    void aFilingWithABadPhoneNumberIsRefusedByFieldAndStoresNothing() {
        int before = nominations();

        ResponseEntity<String> response = office().post(
                        PATH,
                        aFiling(cycleId).with("phone", "12345").without("title").json());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody())
                .contains("\"field\":\"phone\"", "\"code\":\"PHONE_INVALID\"", "联系电话")
                .contains("\"field\":\"title\"", "请填写职称");
        assertThat(nominations()).isEqualTo(before);
    }

    @Test
    void theTitleAndPhoneAreStoredAndTheOfficeReadsThem() {
        ResponseEntity<String> filed = office().post(
                        PATH,
                        aFiling(cycleId)
                                .with("title", " 正高级工程师 ")
                                .with("phone", "027-87654321-806")
                                .json());
        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String id = filed.getHeaders().getLocation().getPath().replaceAll(".*/", "");

        ResponseEntity<String> read = office().get(PATH + "/" + id);

        assertThat(read.getBody()).contains("\"title\":\"正高级工程师\"", "\"phone\":\"027-87654321-806\"");
        assertThat(jdbc.queryForObject("select title from nomination where id = ?", String.class, Long.valueOf(id)))
                .isEqualTo("正高级工程师");
        assertThat(jdbc.queryForObject("select phone from nomination where id = ?", String.class, Long.valueOf(id)))
                .isEqualTo("027-87654321-806");
    }

    @Test
    void aBrowserReadsTheFilingAsAChinesePageForTheOfficeWithPeoplesTextAsText() {
        ResponseEntity<String> filed = office().post(
                        PATH,
                        aFiling(cycleId)
                                .with("nomineeName", "钱<b>多多</b>")
                                .with("phone", "13907135670")
                                .json());
        String id = filed.getHeaders().getLocation().getPath().replaceAll(".*/", "");

        ResponseEntity<String> page = asBrowser("office")
                .exchange(PATH + "/" + id, HttpMethod.GET, new HttpEntity<>(htmlAccepted()), String.class);
        ResponseEntity<String> expert = asBrowser("expert1")
                .exchange(PATH + "/" + id, HttpMethod.GET, new HttpEntity<>(htmlAccepted()), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getBody())
                .contains("申报表", "被推荐人姓名", "联系电话", "13907135670", "返回任务列表")
                .contains("钱&lt;b&gt;多多&lt;/b&gt;")
                .doesNotContain("<b>多多");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(expert.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(expert.getBody()).contains("只有评审办公室可以查看申报表").doesNotContain("13907135670");
    }

    private TestRestTemplate asBrowser(String user) {
        return http.withBasicAuth(user, AwardScenario.PASSWORD);
    }

    private static HttpHeaders htmlAccepted() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
        return headers;
    }

    @Test
    void thePhoneNumberIsNoVariableTheExpertSeesNorOnThePublicNotice() {
        String phone = "13907135678";
        Map<String, Object> noticed = new HashMap<>(scenario.cycleVariables(cycleId = scenario.newCycleId()));
        noticed.put(AwardCycleProcess.Variables.NOTICE_PERIOD.name(), "P7D");
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(AwardCycleProcess.KEY, noticed);
        ProcessInstance nomination = scenario.nominationInScoring(
                aNomination(cycleId).with("title", "高级技师").with("phone", phone), "STAFF", null);
        Task scoring = scenario.scoringTasks(nomination).get(0);
        RestClient expert = RestClient.as(http, scoring.getAssignee());

        assertThat(expert.get("/engine-rest/task/" + scoring.getId() + "/form-variables")
                        .getBody())
                .doesNotContain(phone);
        assertThat(expert.get("/engine-rest/task/" + scoring.getId() + "/variables")
                        .getBody())
                .doesNotContain(phone);
        assertThat(engine.getRuntimeService().getVariables(nomination.getId())).doesNotContainKey("phone");
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(nomination.getId())
                        .variableName("phone")
                        .count())
                .isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricDetailQuery()
                        .processInstanceId(nomination.getId())
                        .list())
                .noneMatch(d -> d instanceof HistoricVariableUpdate update && phone.equals(update.getValue()));

        scenario.scoreAll(nomination, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(nomination)));

        String notices = RestClient.anonymous(http).get("/api/public/notices").getBody();
        assertThat(notices).contains(cycleId).doesNotContain(phone).doesNotContain("高级技师");
        assertThat(RestClient.anonymous(http).get("/public/notices").getBody()).doesNotContain(phone);
        assertThat(office().get(PATH + "/" + scenario.nominationId(nomination)).getBody())
                .contains(phone);
    }

    @Test
    void theFormalReviewShowsTheTitleAndLinksTheOfficeToThePhoneWhichStaysNoVariable() throws Exception {
        String phone = "13907136789";
        ProcessInstance nomination =
                scenario.nominate(aNomination(cycleId).with("title", "正高级工程师").with("phone", phone));
        Task review = scenario.task(nomination, NominationProcess.Elements.FORMAL_REVIEW);

        String shown = office().get("/engine-rest/task/" + review.getId() + "/form-variables")
                .getBody();

        assertThat(shown).contains("正高级工程师").doesNotContain(phone);
        JsonNode form = new ObjectMapper()
                .readTree(Path.of("forms", "formal-review.form").toFile());
        assertThat(form.findParents("key"))
                .anySatisfy(field -> assertThat(field.path("key").asText()).isEqualTo("title"))
                .filteredOn(field -> field.path("key").asText().equals("title"))
                .allSatisfy(
                        field -> assertThat(field.path("disabled").asBoolean()).isTrue());
        assertThat(form.findValuesAsText("text"))
                .anySatisfy(text -> assertThat(text).contains("联系电话", "(/api/nominations/{{nominationId}})"));
    }

    private int nominations() {
        return jdbc.queryForObject("select count(*) from nomination", Integer.class);
    }

    private RestClient office() {
        return RestClient.as(http, "office");
    }
}
