package cn.wuhan.qualityaward.hostile;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * Hostile calls of the award's other entry points: objections (over the API and the start form), the
 * expert pool and the ranking.
 */
@AwardIntegrationTest
class HostileApiTest {

    private static final String OBJECTION_START_FORM =
            "/engine-rest/process-definition/key/" + ObjectionProcess.KEY + "/submit-form";
    /** A cycle in public notice and the candidate on its list. */
    private static Notice notice;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NominationService nominations;

    record Notice(String cycleId, String candidateReference) {

        /** A valid objection; change one field per case. */
        Map<String, Object> objection() {
            Map<String, Object> json = new HashMap<>();
            json.put("cycleId", cycleId);
            json.put("candidateReference", candidateReference);
            json.put("objectorName", "张三");
            json.put("objectorContact", "13800000000");
            json.put("grounds", "申报材料中的获奖证书与实际不符");
            return json;
        }

        Map<String, Object> objectionWith(String field, Object value) {
            Map<String, Object> json = objection();
            json.put(field, value);
            return json;
        }
    }

    /** One hostile call: who, which method and path, what body. */
    record Call(String user, HttpMethod method, String path, Function<Notice, Object> body) {}

    @BeforeEach
    void aListInPublicNotice() {
        scenario.ensureUsers(5);
        if (notice == null) {
            String cycleId = scenario.newCycleId();
            ProcessInstance cycle = scenario.openCycle(cycleId);
            ProcessInstance candidate =
                    scenario.nominationInScoring(aNomination(cycleId).named("公示候选人"), "STAFF", null);
            scenario.scoreAll(candidate, 0.9);
            scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
            long candidateId = scenario.nominationId(candidate);
            scenario.proposeWinners(cycle, List.of(candidateId));
            notice = new Notice(cycleId, nominations.get(candidateId).referenceNo());
        }
    }

    private static Arguments hostile(String sentence, Call call, HttpStatus status, String... expected) {
        return Arguments.of(sentence, call, status, expected);
    }

    private static Call objection(Function<Notice, Object> body) {
        return new Call("committee1", HttpMethod.POST, "/api/objections", body);
    }

    private static Call objectionStartForm(String field, Object value) {
        return new Call(
                "committee1",
                HttpMethod.POST,
                OBJECTION_START_FORM,
                n -> RestVariables.of(n.objectionWith(field, value)).body());
    }

    private static Call expert(String expertId, Map<String, Object> profile) {
        return new Call("office", HttpMethod.PUT, "/api/experts/" + expertId, n -> profile);
    }

    private static Map<String, Object> profile(String organization, Object tracks, Object relationships) {
        Map<String, Object> json = new HashMap<>();
        json.put("organization", organization);
        json.put("tracks", tracks);
        json.put("relationships", relationships);
        return json;
    }

    static Stream<Arguments> hostileCalls() {
        return Stream.of(
                hostile(
                        "an objection naming the candidate by the internal nomination id is told to use the reference number",
                        objection(n -> n.objectionWith("nominationId", "1 OR 1=1")),
                        HttpStatus.BAD_REQUEST,
                        "USE_CANDIDATE_REFERENCE",
                        "nominationId"),
                hostile(
                        "an objection about a reference number that is an SQL condition names no candidate on the list",
                        objection(n -> n.objectionWith("candidateReference", n.candidateReference() + "' OR '1'='1")),
                        HttpStatus.BAD_REQUEST,
                        "NOT_ON_LIST",
                        "不在本期公示名单中"),
                hostile(
                        "an objection about a reference number that is a list is the wrong type",
                        objection(n -> n.objectionWith("candidateReference", List.of(n.candidateReference()))),
                        HttpStatus.BAD_REQUEST,
                        "WRONG_TYPE"),
                hostile(
                        "an objection in a cycle whose id is an SQL condition names no cycle",
                        objection(n -> n.objectionWith("cycleId", n.cycleId() + "' OR '1'='1")),
                        HttpStatus.BAD_REQUEST,
                        "CYCLE_NOT_FOUND",
                        "不存在"),
                hostile(
                        "an objection with a hundred thousand characters of grounds is too long",
                        objection(n -> n.objectionWith("grounds", "异".repeat(100_000))),
                        HttpStatus.BAD_REQUEST,
                        "TOO_LONG",
                        "不能超过4000个字"),
                hostile(
                        "an objection signed with a script longer than a name is too long",
                        objection(n ->
                                n.objectionWith("objectorName", "<script>alert(document.cookie)</script>".repeat(2))),
                        HttpStatus.BAD_REQUEST,
                        "姓名不能超过50个字"),
                hostile(
                        "an objection whose contact is a list is the wrong type",
                        objection(n -> n.objectionWith("objectorContact", List.of("138", "139"))),
                        HttpStatus.BAD_REQUEST,
                        "WRONG_TYPE"),
                hostile(
                        "an objection naming the field it would like to set itself is refused",
                        objection(n -> n.objectionWith("status", "UPHELD")),
                        HttpStatus.BAD_REQUEST,
                        "UNKNOWN_FIELD"),
                hostile(
                        "an objection start form carrying the internal nomination id is refused",
                        objectionStartForm("nominationId", 1),
                        HttpStatus.BAD_REQUEST,
                        "nominationId"),
                hostile(
                        "an objection start form whose reference number is an SQL statement names no candidate on the list",
                        objectionStartForm("candidateReference", "1; DELETE FROM objection"),
                        HttpStatus.BAD_REQUEST,
                        "不在本期公示名单中"),
                hostile(
                        "an objection start form whose reference number is true is refused",
                        objectionStartForm("candidateReference", true),
                        HttpStatus.BAD_REQUEST,
                        "值类型不正确"),
                hostile(
                        "an objection start form with a hundred thousand characters of grounds is too long",
                        objectionStartForm("grounds", "异".repeat(100_000)),
                        HttpStatus.BAD_REQUEST,
                        "不能超过4000个字"),
                hostile(
                        "an expert's organisation of a no-break space is missing",
                        expert("expert1", profile("\u00A0", List.of("STAFF"), List.of())),
                        HttpStatus.BAD_REQUEST,
                        "organization",
                        "请填写专家的工作单位"),
                hostile(
                        "an expert id that is an SQL condition is no expert",
                        expert("expert1' OR '1'='1", profile("华中科技大学", List.of("STAFF"), List.of())),
                        HttpStatus.BAD_REQUEST,
                        "NOT_AN_EXPERT"),
                hostile(
                        "an expert's track that is an SQL statement is no track",
                        expert(
                                "expert1",
                                profile("华中科技大学", List.of("STAFF'; DROP TABLE expert_profile;--"), List.of())),
                        HttpStatus.BAD_REQUEST,
                        "TRACK_UNKNOWN"),
                hostile(
                        "a megabyte of an expert's organisation is too long",
                        expert("expert1", profile("华".repeat(1_000_000), List.of("STAFF"), List.of())),
                        HttpStatus.BAD_REQUEST,
                        "工作单位不能超过200个字"),
                hostile(
                        "an expert's tracks sent as one text instead of a list are the wrong type",
                        expert("expert1", profile("华中科技大学", "STAFF", List.of())),
                        HttpStatus.BAD_REQUEST,
                        "WRONG_TYPE",
                        "tracks"),
                hostile(
                        "an expert's declared relationship longer than a name is too long",
                        expert("expert1", profile("华中科技大学", List.of("STAFF"), List.of("关".repeat(201)))),
                        HttpStatus.BAD_REQUEST,
                        "不能超过200个字"),
                hostile(
                        "the ranking of a cycle whose id is an SQL condition is not found",
                        new Call("office", HttpMethod.GET, "/api/cycles/2026' OR '1'='1/ranking", n -> null),
                        HttpStatus.NOT_FOUND,
                        "不存在"),
                hostile(
                        "the workbook of a cycle whose id is a script is not found",
                        new Call(
                                "office",
                                HttpMethod.GET,
                                "/api/cycles/<script>alert(1)<script>/ranking.xlsx",
                                n -> null),
                        HttpStatus.NOT_FOUND,
                        "不存在"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileCalls")
    void aHostileCallIsRefusedAndNothingChanges(String why, Call call, HttpStatus status, String[] expected) {
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(call.user(), AwardScenario.PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<String> response = http.exchange(
                call.path(), call.method(), new HttpEntity<>(call.body().apply(notice), headers), String.class);

        assertRefused(response, status, expected);
        assertThat(response.getHeaders().getContentType())
                .as("never a page a browser would render")
                .isNotEqualTo(MediaType.TEXT_HTML);
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }
}
