package cn.wuhan.qualityaward.publicnotice;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** 公示 read by anyone without an account, and the public's real-name objections with their refusals. */
@AwardIntegrationTest
class PublicNoticeAndObjectionTest {

    static final String ID_NUMBER = "420106198503150026";
    static final String OTHER_ID_NUMBER = "42010219720101001X";
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate http;

    @Autowired
    PublicObjectionRateLimit rateLimit;

    final ObjectMapper json = new ObjectMapper();

    String cycleId;
    ProcessInstance cycle;
    String reference;

    @BeforeEach
    void aListInPublicNoticeForSevenDays() {
        forgetLocalAddresses();
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        Map<String, Object> v = new HashMap<>(scenario.cycleVariables(cycleId));
        v.put(AwardCycleProcess.Variables.NOTICE_PERIOD.name(), "P7D");
        cycle = engine.getRuntimeService().startProcessInstanceByKey(AwardCycleProcess.KEY, v);
        ProcessInstance candidate =
                scenario.nominationInScoring(aNomination(cycleId).named("<i>钱</i>多多"), "STAFF", null);
        scenario.scoreAll(candidate, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        long candidateId = scenario.nominationId(candidate);
        scenario.proposeWinners(cycle, List.of(candidateId));
        reference = jdbc.queryForObject("select reference_no from nomination where id = ?", String.class, candidateId);
    }

    @AfterEach
    void resetClockAndLimit() {
        ClockUtil.reset();
        forgetLocalAddresses();
    }

    @Test
    void anyoneReadsTheOpenNoticeAsJsonWithoutLoggingIn() throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/api/public/notices", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode notice = notice(json.readTree(answer.getBody()), cycleId);
        assertThat(notice.get("open").asBoolean()).isTrue();
        assertThat(notice.get("candidates").get(0).get("candidateReference").asText())
                .isEqualTo(reference);
        assertThat(notice.get("candidates").get(0).get("standing").asText()).isEqualTo("公示中");
        assertThat(answer.getBody()).doesNotContain("idNumber", "score", "expert", ID_NUMBER);
    }

    @Test
    void anyoneReadsTheNoticeAsAPlainPageWithPeoplesMarkupAsText() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> page =
                http.exchange("/public/notices", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(page.getBody()).contains(reference, "&lt;i&gt;钱&lt;/i&gt;多多", "如何提出异议", "name=\"viewport\"");
        assertThat(page.getBody()).doesNotContain("<i>钱</i>");
    }

    @Test
    void aPublicObjectionIsInvestigatedRuledOnAndItsStatusReadBackByReceipt() throws Exception {
        ResponseEntity<String> filed = post(objection());

        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        String receipt = json.readTree(filed.getBody()).get("receipt").asText();
        assertThat(status(receipt).get("status").asText()).isEqualTo("受理");
        ProcessInstance objection = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(ObjectionProcess.KEY)
                .variableValueEquals(ObjectionProcess.Variables.CYCLE_ID.name(), cycleId)
                .singleResult();
        assertThat(jdbc.queryForObject("select filed_by from objection where cycle_id = ?", String.class, cycleId))
                .isEqualTo("public");

        scenario.investigate(objection, "经核实，证书编号查无此证");
        assertThat(status(receipt).get("status").asText()).isEqualTo("调查中");
        scenario.ruleOnObjection(objection, "UPHOLD");

        JsonNode decided = status(receipt);
        assertThat(decided.get("status").asText()).isEqualTo("已决定");
        assertThat(decided.get("outcome").asText()).isEqualTo("异议成立，候选人已撤出拟表彰名单");
        assertThat(decided.toString()).doesNotContain("查无此证", "申报材料不实", "张三丰");
        assertThat(notice(json.readTree(http.getForObject("/api/public/notices", String.class)), cycleId)
                        .get("candidates")
                        .get(0)
                        .get("standing")
                        .asText())
                .isEqualTo("公示期间异议成立，撤出名单");
    }

    @Test
    void theObjectorsIdNumberIsKeptOnlyAsAHashNeverAsAVariable() {
        assertThat(post(objection()).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(jdbc.queryForObject(
                        "select objector_id_hash from public_objection p join objection o on o.id = p.objection_id"
                                + " where o.cycle_id = ?",
                        String.class,
                        cycleId))
                .hasSize(64)
                .isNotEqualTo(ID_NUMBER);
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .list())
                .noneMatch(v -> String.valueOf(v.getValue()).contains(ID_NUMBER));
    }

    @Test
    void evidenceInAnAcceptedFileTypeIsKeptWithTheObjection() {
        MultiValueMap<String, Object> form = form(objection());
        form.add("evidence", file("证书.png", PNG));

        ResponseEntity<String> filed = postForm(form);

        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from public_objection_evidence e join objection o on o.id = e.objection_id"
                                + " where o.cycle_id = ?",
                        Integer.class,
                        cycleId))
                .isEqualTo(1);
    }

    @Test
    void aFinishedNoticeStaysReadableWithItsFinalStandingAfterTheOpenOnes() throws Exception {
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
        scenario.approve(cycle, List.of(), null);

        JsonNode notices = json.readTree(http.getForObject("/api/public/notices", String.class));

        JsonNode finished = notice(notices, cycleId);
        assertThat(finished.get("open").asBoolean()).isFalse();
        assertThat(finished.get("candidates").get(0).get("standing").asText()).isEqualTo("获奖");
        boolean closedSeen = false;
        for (JsonNode n : notices) {
            assertThat(closedSeen && n.get("open").asBoolean())
                    .as("open notices come first")
                    .isFalse();
            closedSeen |= !n.get("open").asBoolean();
        }
        assertRefusedUnchanged(objection(), HttpStatus.BAD_REQUEST, "cycleId", "NOTICE_CLOSED");
    }

    @Test
    void onlyTheOfficeAndTheCommitteeSeeTheObjectorsContactMaskedIdAndEvidence() throws Exception {
        MultiValueMap<String, Object> form = form(objection());
        form.add("evidence", file("证书.png", PNG));
        assertThat(postForm(form).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long objectionId = jdbc.queryForObject("select id from objection where cycle_id = ?", Long.class, cycleId);
        String filing = "/api/objections/" + objectionId + "/public-filing";

        ResponseEntity<String> seen = RestClient.as(http, "committee1").get(filing);

        assertThat(seen.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(seen.getBody());
        assertThat(body.get("objectorPhone").asText()).isEqualTo("13800138000");
        assertThat(body.get("objectorIdNumber").asText()).endsWith("0026").doesNotContain("4201");
        long evidenceId = body.get("evidence").get(0).get("id").asLong();
        assertThat(RestClient.as(http, "office")
                        .download("/api/objections/" + objectionId + "/evidence/" + evidenceId)
                        .getBody())
                .isEqualTo(PNG);
        assertRefused(RestClient.as(http, "expert1").get(filing), HttpStatus.FORBIDDEN, "FORBIDDEN");
        assertThat(RestClient.anonymous(http).get(filing).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestClient.as(http, "approver")
                        .download("/api/objections/" + objectionId + "/evidence/" + evidenceId)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void groundsLongerThanTheRecordHoldsAreRefusedAndChangeNothing() {
        Map<String, Object> body = objection();
        body.put("grounds", "理".repeat(4001));

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "grounds", "TOO_LONG");
    }

    @Test
    void anUnknownFieldIsRefusedAndChangesNothing() {
        Map<String, Object> body = objection();
        body.put("objectorAccount", "admin");

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "objectorAccount", "UNKNOWN_FIELD");
    }

    @Test
    void anAnonymousNameAndABadPhoneAreRefusedTogetherAndChangeNothing() {
        Map<String, Object> body = objection();
        body.put("objectorName", " ");
        body.put("objectorPhone", "12345");

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "objectorName", "objectorPhone", "PHONE_INVALID", "真实姓名");
    }

    @Test
    void anObjectionAfterTheNoticePeriodIsRefusedAndChangesNothing() {
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(8))));

        assertRefusedUnchanged(objection(), HttpStatus.BAD_REQUEST, "cycleId", "NOTICE_CLOSED", "公示期");
    }

    @Test
    void anObjectionAboutSomeoneNotOnTheListIsRefusedAndChangesNothing() {
        Map<String, Object> body = objection();
        body.put("candidateReference", cycleId + "-99999");

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "candidateReference", "NOT_ON_LIST", "不在本期公示名单中");
    }

    @Test
    void anObjectionThatPicksNoCandidateIsRefusedAndChangesNothing() {
        Map<String, Object> body = objection();
        body.put("candidateReference", "");

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "candidateReference", "REQUIRED", "请选择被提出异议的候选人");
    }

    @Test
    void theSamePersonObjectingToTheSameCandidateTwiceIsRefusedAndChangesNothing() {
        assertThat(post(objection()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> again = objection();
        again.put("objectorIdNumber", ID_NUMBER.toLowerCase());
        again.put("grounds", "再次反映同一问题");

        assertRefusedUnchanged(again, HttpStatus.CONFLICT, "DUPLICATE_OBJECTION", "只能提出一次");
    }

    @Test
    void anotherPersonMayObjectToTheSameCandidate() {
        assertThat(post(objection()).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> other = objection();
        other.put("objectorIdNumber", OTHER_ID_NUMBER);

        assertThat(post(other).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anInvalidIdNumberIsRefusedAndChangesNothing() {
        Map<String, Object> body = objection();
        body.put("objectorIdNumber", "420106198502300026");

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "objectorIdNumber", "ID_NUMBER_INVALID", "居民身份证号码不正确");
    }

    @Test
    void anObjectionNotDeclaredTrueIsRefusedAndChangesNothing() {
        Map<String, Object> body = objection();
        body.put("truthDeclared", false);

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "truthDeclared", "TRUTH_NOT_DECLARED", "属实");
    }

    @Test
    void anObjectionWithEmptyGroundsIsRefusedAndChangesNothing() {
        Map<String, Object> body = objection();
        body.put("grounds", "   ");

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "grounds", "REQUIRED", "请写明异议的事实和理由");
    }

    @Test
    void aNameOrGroundsOfInvisibleCharactersOnlyIsRefusedAndChangesNothing() {
        Map<String, Object> body = objection();
        body.put("objectorName", "\u200b\u3000\u00a0\u2060\ufeff");
        body.put("grounds", "\u3000\u200b \n\t\u2060\u3164");

        assertRefusedUnchanged(body, HttpStatus.BAD_REQUEST, "objectorName", "grounds", "REQUIRED");
    }

    @Test
    void anObjectionPostedFromAnotherSiteIsRefusedAndChangesNothing() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Origin", "http://evil.example");
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);
        int publicRows = publicRows();

        ResponseEntity<String> refused =
                http.postForEntity("/api/public/objections", new HttpEntity<>(objection(), headers), String.class);

        assertRefused(refused, HttpStatus.FORBIDDEN, "CSRF_REFUSED");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
        assertThat(publicRows()).isEqualTo(publicRows);
    }

    @Test
    void evidenceWhoseNameHidesItsEndingBehindARightToLeftOverrideIsRefused() {
        MultiValueMap<String, Object> form = form(objection());
        form.add("evidence", file("证据\u202Efdp.hta", "%PDF-1.4 evidence".getBytes()));
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        assertRefused(postForm(form), HttpStatus.BAD_REQUEST, "evidence", "FILE_NAME_INVALID");

        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void evidenceThatIsNoPdfJpegOrPngIsRefusedAndChangesNothing() {
        MultiValueMap<String, Object> form = form(objection());
        form.add("evidence", file("证据.pdf", "MZ not a pdf".getBytes()));
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);
        int publicRows = publicRows();

        assertRefused(postForm(form), HttpStatus.BAD_REQUEST, "evidence", "UNSUPPORTED_FILE_TYPE");

        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
        assertThat(publicRows()).isEqualTo(publicRows);
    }

    @Test
    void tooManyObjectionsFromOneAddressAreRefusedRefusedOnesCounting() {
        Map<String, Object> untrue = objection();
        untrue.put("truthDeclared", false);
        for (int i = 0; i < rateLimit.limit(); i++) {
            assertThat(post(untrue).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        }

        ResponseEntity<String> refused = post(objection());

        assertRefused(refused, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_OBJECTIONS", "过于频繁");
        assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(publicRows()).isZero();
    }

    @Test
    void theLimitIsAtLeastTwentyPerAddressAndHour() {
        assertThat(rateLimit.limit()).isGreaterThanOrEqualTo(20);
        assertThat(rateLimit.windowSeconds()).isLessThanOrEqualTo(3600);
    }

    @Test
    void aPathThatOnlyStartsAsPublicStillNeedsALogin() {
        for (String path : List.of(
                "/api/public/../cycles/" + cycleId + "/notice", "/api/public/%2e%2e/cycles/" + cycleId + "/notice")) {
            ResponseEntity<String> answer = http.getForEntity(URI.create(http.getRootUri() + path), String.class);

            assertThat(answer.getStatusCode().is2xxSuccessful())
                    .as(path + " → " + answer.getStatusCode())
                    .isFalse();
        }
    }

    @Test
    void anUnknownReceiptIsNotFound() {
        assertRefused(
                http.getForEntity("/api/public/objections/ZZZZZZZZZZZZ", String.class), HttpStatus.NOT_FOUND, "回执编号");
    }

    private void assertRefusedUnchanged(Map<String, Object> body, HttpStatus status, String... expected) {
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);
        int publicRows = publicRows();

        assertRefused(post(body), status, expected);

        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
        assertThat(publicRows()).isEqualTo(publicRows);
    }

    private Map<String, Object> objection() {
        Map<String, Object> body = new HashMap<>();
        body.put("cycleId", cycleId);
        body.put("candidateReference", reference);
        body.put("objectorName", "张三丰");
        body.put("objectorIdNumber", ID_NUMBER);
        body.put("objectorPhone", "13800138000");
        body.put("grounds", "该候选人申报材料中的获奖证书与实际不符");
        body.put("truthDeclared", true);
        return body;
    }

    private ResponseEntity<String> post(Map<String, Object> body) {
        return http.postForEntity("/api/public/objections", body, String.class);
    }

    private static MultiValueMap<String, Object> form(Map<String, Object> body) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        body.forEach((k, v) -> form.add(k, String.valueOf(v)));
        return form;
    }

    private ResponseEntity<String> postForm(MultiValueMap<String, Object> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.postForEntity("/api/public/objections", new HttpEntity<>(form, headers), String.class);
    }

    private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders part = new HttpHeaders();
        part.setContentDispositionFormData("evidence", name);
        part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(
                new ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                },
                part);
    }

    private JsonNode status(String receipt) throws Exception {
        ResponseEntity<String> answer = http.getForEntity("/api/public/objections/" + receipt, String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private int publicRows() {
        return jdbc.queryForObject("select count(*) from public_objection", Integer.class)
                + jdbc.queryForObject("select count(*) from public_objection_evidence", Integer.class);
    }

    private static JsonNode notice(JsonNode notices, String cycleId) {
        for (JsonNode n : notices) {
            if (cycleId.equals(n.get("cycleId").asText())) {
                return n;
            }
        }
        throw new AssertionError("no notice of cycle " + cycleId + " in " + notices);
    }

    private void forgetLocalAddresses() {
        for (String address : new String[] {"127.0.0.1", "0:0:0:0:0:0:0:1"}) {
            rateLimit.forget(address);
        }
    }
}
