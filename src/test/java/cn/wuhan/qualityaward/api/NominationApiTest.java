package cn.wuhan.qualityaward.api;

import static cn.wuhan.qualityaward.support.FilingBuilder.aFiling;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

@AwardIntegrationTest
class NominationApiTest {

    private static final String PATH = "/api/nominations";
    /** The cycle every bad filing aims at; opened once, open for ten days. */
    private static String cycleId;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void openCycle() {
        scenario.ensureUsers(5);
        if (cycleId == null) {
            cycleId = scenario.newCycleId();
            scenario.openCycle(cycleId);
        }
    }

    @Test
    void theOfficeFilesANominationAndGetsItsId() {
        ResponseEntity<String> response = office().post(
                        PATH,
                        aFiling(cycleId).with("idNumber", "11010519491231002X").json());

        assertThat(response.getStatusCode())
                .as(response.getBody() + response.getHeaders())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getLocation()).isNotNull();
        assertThat(response.getBody())
                .contains("\"id\":")
                .contains("\"referenceNo\":\"" + cycleId + "-")
                .contains("FORMAL_REVIEW");
    }

    @Test
    void theOfficeReadsAFilingAsItIsStoredWithTheIdNumberMasked() {
        ResponseEntity<String> filed = office().post(
                        PATH,
                        aFiling(cycleId)
                                .with("nomineeName", "欧阳丽华")
                                .with("idNumber", "420106199203140031")
                                .json());
        String id = filed.getHeaders().getLocation().getPath().replaceAll(".*/", "");

        ResponseEntity<String> read = office().get(PATH + "/" + id);

        assertThat(read.getStatusCode()).as(read.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody())
                .contains("\"referenceNo\":\"" + cycleId + "-")
                .contains("\"nomineeName\":\"欧阳丽华\"")
                .contains("\"qualityWorkYears\":12")
                .contains("\"idNumber\":\"**************0031\"")
                .doesNotContain("420106199203140031");
    }

    @ParameterizedTest
    @ValueSource(strings = {"expert1", "committee1", "approver"})
    void nobodyButTheOfficeReadsAFiling(String user) {
        ResponseEntity<String> filed = office().post(
                        PATH,
                        aFiling(cycleId)
                                .with("nomineeName", "司马光明" + user)
                                .without("idNumber")
                                .json());
        String id = filed.getHeaders().getLocation().getPath().replaceAll(".*/", "");

        ResponseEntity<String> read = RestClient.as(http, user).get(PATH + "/" + id);

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read.getBody()).contains("只有评审办公室可以查看申报表").doesNotContain("司马光明");
    }

    @Test
    void theSamePersonTwiceInACycleIsAConflict() {
        office().post(
                        PATH,
                        aFiling(cycleId).with("idNumber", "420103198011110045").json());
        DatabaseState before = DatabaseState.read(jdbc, runtime);

        ResponseEntity<String> response = office().post(
                        PATH,
                        aFiling(cycleId).with("idNumber", "420103198011110045").json());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).contains("DUPLICATE_NOMINATION").contains("不能重复申报");
        assertThat(DatabaseState.read(jdbc, runtime)).isEqualTo(before);
    }

    @Test
    void aClosedCycleRefusesNominations() {
        String closed = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(closed);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        DatabaseState before = DatabaseState.read(jdbc, runtime);

        ResponseEntity<String> response = office().post(PATH, aFiling(closed).json());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("CYCLE_CLOSED").contains("已截止申报");
        assertThat(DatabaseState.read(jdbc, runtime)).isEqualTo(before);
    }

    static Stream<Arguments> badFilings() {
        String c = "CYCLE";
        return Stream.of(
                Arguments.of("missing cycle", aFiling(c).without("cycleId").json(), "cycleId", "请填写评选周期"),
                Arguments.of("unknown cycle", aFiling("NO-SUCH").json(), "cycleId", "不存在"),
                Arguments.of("missing name", aFiling(c).without("nomineeName").json(), "nomineeName", "请填写被推荐人姓名"),
                Arguments.of(
                        "blank organization",
                        aFiling(c).with("organization", "  ").json(),
                        "organization",
                        "请填写工作单位"),
                Arguments.of(
                        "name of a no-break space",
                        aFiling(c).with("nomineeName", "\u00A0").json(),
                        "nomineeName",
                        "请填写被推荐人姓名"),
                Arguments.of(
                        "name of zero-width characters",
                        aFiling(c).with("nomineeName", "\u200B\uFEFF\u2060").json(),
                        "nomineeName",
                        "请填写被推荐人姓名"),
                Arguments.of(
                        "organization of a narrow no-break space",
                        aFiling(c).with("organization", "\u202F").json(),
                        "organization",
                        "请填写工作单位"),
                Arguments.of(
                        "recommending unit of a Hangul filler",
                        aFiling(c).with("recommendingUnit", "\u3164").json(),
                        "recommendingUnit",
                        "请填写推荐单位"),
                Arguments.of(
                        "born in 2099",
                        aFiling(c).with("idNumber", "420106209912310028").json(),
                        "idNumber",
                        "出生日期"),
                Arguments.of(
                        "born before 1900",
                        aFiling(c).with("idNumber", "420106189912310022").json(),
                        "idNumber",
                        "出生日期"),
                Arguments.of(
                        "name too long",
                        aFiling(c).with("nomineeName", "王".repeat(51)).json(),
                        "nomineeName",
                        "不能超过50个字"),
                Arguments.of(
                        "huge summary",
                        aFiling(c).with("summary", "质".repeat(100_000)).json(),
                        "summary",
                        "不能超过4000个字"),
                Arguments.of(
                        "negative years",
                        aFiling(c).with("qualityWorkYears", -1).json(),
                        "qualityWorkYears",
                        "0到60年"),
                Arguments.of(
                        "too many years",
                        aFiling(c).with("qualityWorkYears", 61).json(),
                        "qualityWorkYears",
                        "0到60年"),
                Arguments.of(
                        "years as text",
                        aFiling(c).with("qualityWorkYears", "十年").json(),
                        "qualityWorkYears",
                        "类型不正确"),
                Arguments.of(
                        "years as fraction",
                        aFiling(c).with("qualityWorkYears", 5.5).json(),
                        "qualityWorkYears",
                        "类型不正确"),
                Arguments.of(
                        "missing years",
                        aFiling(c).without("qualityWorkYears").json(),
                        "qualityWorkYears",
                        "请填写在汉从事质量工作年限"),
                Arguments.of(
                        "bad check digit",
                        aFiling(c).with("idNumber", "420106198503150027").json(),
                        "idNumber",
                        "公民身份号码"),
                Arguments.of(
                        "short ID number",
                        aFiling(c).with("idNumber", "42010619850315002").json(),
                        "idNumber",
                        "公民身份号码"),
                Arguments.of(
                        "impossible birth date",
                        aFiling(c).with("idNumber", "420106198502300026").json(),
                        "idNumber",
                        "公民身份号码"),
                Arguments.of(
                        "ID number as number",
                        aFiling(c).with("idNumber", 4.2e17).json(),
                        "idNumber",
                        "公民身份号码"),
                Arguments.of(
                        "incident before 1949",
                        aFiling(c).with("majorIncidentYear", 1800).json(),
                        "majorIncidentYear",
                        "1949年"),
                Arguments.of(
                        "award in the future",
                        aFiling(c).with("lastAwardYear", 2099).json(),
                        "lastAwardYear",
                        "1949年"),
                Arguments.of(
                        "declaration refused",
                        aFiling(c).with("materialsDeclaredTrue", false).json(),
                        "materialsDeclaredTrue",
                        "真实有效"),
                Arguments.of(
                        "declaration missing",
                        aFiling(c).without("materialsDeclaredTrue").json(),
                        "materialsDeclaredTrue",
                        "真实有效"),
                Arguments.of("unknown field", aFiling(c).with("finalScore", 100).json(), "finalScore", "不认识的字段"),
                Arguments.of(
                        "unknown condition",
                        aFiling(c).claiming("condition_99", "说明").json(),
                        "claimedConditions",
                        "不是评定标准所列"),
                Arguments.of(
                        "condition unjustified",
                        aFiling(c).claiming("condition_1", "").json(),
                        "justification_condition_1",
                        "简要说明"),
                Arguments.of(
                        "unknown position level",
                        aFiling(c).with("positionLevel", "senior").json(),
                        "positionLevel",
                        "SENIOR、MIDDLE、FRONTLINE 或 OTHER"),
                Arguments.of(
                        "condition without its id",
                        aFiling(c).claiming(null, "说明").json(),
                        "claimedConditions",
                        "须写明条件编号"),
                Arguments.of(
                        "script in the name",
                        aFiling(c)
                                .with("nomineeName", "<script>alert(1)</script>".repeat(3))
                                .json(),
                        "nomineeName",
                        "不能超过50个字"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFilings")
    void aBadFilingIsRefusedWithItsFieldNamedAndNothingStored(
            String why, Map<String, Object> filing, String field, String message) {
        if ("CYCLE".equals(filing.get("cycleId"))) {
            filing.put("cycleId", cycleId);
        }
        DatabaseState before = DatabaseState.read(jdbc, runtime);

        ResponseEntity<String> response = office().post(PATH, filing);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("\"field\":\"" + field + "\"").contains(message);
        assertThat(DatabaseState.read(jdbc, runtime)).isEqualTo(before);
    }

    @Test
    void blanksAroundTheCycleAndALowerCaseCheckLetterAreTolerated() {
        ResponseEntity<String> response = office().post(
                        PATH,
                        aFiling(" " + cycleId + " ")
                                .with("nomineeName", "空格测试")
                                .with("idNumber", "42011119770505002x")
                                .json());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void thePersonFiledOnceWithoutAndOnceWithAnIdNumberIsAConflict() {
        office().post(
                        PATH,
                        aFiling(cycleId)
                                .with("nomineeName", "同名测试")
                                .without("idNumber")
                                .json());

        ResponseEntity<String> again = office().post(
                        PATH,
                        aFiling(cycleId)
                                .with("nomineeName", "同名测试")
                                .with("idNumber", "420106198503150026")
                                .json());

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ideographic space after the name  | 李四                | 武汉重复测试有限公司   | 李四\u3000          | 武汉重复测试有限公司",
                "ideographic space inside the name | 李四                | 武汉重复测试二有限公司 | 李\u3000四          | 武汉重复测试二有限公司",
                "no-break space after the name     | 李四                | 武汉重复测试三有限公司 | 李四\u00A0          | 武汉重复测试三有限公司",
                "a bullet for the middle dot       | 阿依古丽\u00B7买买提 | 武汉重复测试有限公司   | 阿依古丽\u2022买买提 | 武汉重复测试有限公司",
                "a katakana dot for the middle dot | 阿依古丽\u00B7买买提 | 武汉重复测试二有限公司 | 阿依古丽\u30FB买买提 | 武汉重复测试二有限公司",
                "half-width brackets               | 王小明              | 武汉光谷测试（集团）有限公司 | 王小明       | 武汉光谷测试(集团)有限公司",
                "full-width Latin letters          | JOHN SMITH          | 武汉重复测试有限公司   | ｊｏｈｎ\u3000ｓｍｉｔｈ | 武汉重复测试有限公司",
            })
    void thePersonFiledAgainWithALookAlikeNameOrOrganisationIsAConflict(
            String why, String name, String organization, String lookAlikeName, String lookAlikeOrganization) {
        ResponseEntity<String> first = office().post(
                        PATH,
                        aFiling(cycleId)
                                .without("idNumber")
                                .with("nomineeName", name)
                                .with("organization", organization)
                                .json());
        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.CREATED);
        DatabaseState before = DatabaseState.read(jdbc, runtime);

        ResponseEntity<String> again = office().post(
                        PATH,
                        aFiling(cycleId)
                                .without("idNumber")
                                .with("nomineeName", lookAlikeName)
                                .with("organization", lookAlikeOrganization)
                                .json());

        assertThat(again.getStatusCode()).as(again.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("DUPLICATE_NOMINATION");
        assertThat(DatabaseState.read(jdbc, runtime)).isEqualTo(before);
    }

    @Test
    void theNameIsStoredAsTypedLessOuterSpacesOfEveryKind() {
        ResponseEntity<String> response = office().post(
                        PATH,
                        aFiling(cycleId)
                                .without("idNumber")
                                .with("nomineeName", "\u3000\u200B古丽娜·阿不都\u00A0")
                                .json());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(jdbc.queryForList("select nominee_name from nomination where cycle_id = ?", String.class, cycleId))
                .contains("古丽娜·阿不都");
    }

    @Test
    void malformedJsonIsRefused() {
        DatabaseState before = DatabaseState.read(jdbc, runtime);

        ResponseEntity<String> response = office().post(PATH, "{\"cycleId\": \"2026\", \"nomineeName\": ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("MALFORMED_JSON");
        assertThat(DatabaseState.read(jdbc, runtime)).isEqualTo(before);
    }

    @Test
    void anonymousCallersAndWrongPasswordsAreUnauthenticated() {
        DatabaseState before = DatabaseState.read(jdbc, runtime);

        assertThat(RestClient.anonymous(http)
                        .post(PATH, aFiling(cycleId).json())
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // a user of its own: after a wrong password the engine delays that user's next logins
        String officeClerk = "clerk" + System.nanoTime();
        User clerk = identity.newUser(officeClerk);
        clerk.setPassword("right");
        identity.saveUser(clerk);
        identity.createMembership(officeClerk, Groups.OFFICE);
        assertThat(http.withBasicAuth(officeClerk, "wrong")
                        .postForEntity(PATH, aFiling(cycleId).json(), String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(DatabaseState.read(jdbc, runtime)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expert1", "committee1", "approver"})
    void onlyTheOfficeAndRecommendingUnitsMayFile(String user) {
        DatabaseState before = DatabaseState.read(jdbc, runtime);

        ResponseEntity<String> response =
                RestClient.as(http, user).post(PATH, aFiling(cycleId).json());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("只有评审办公室和推荐单位可以登记申报");
        assertThat(DatabaseState.read(jdbc, runtime)).isEqualTo(before);
    }

    @Test
    void theApiIsDocumentedForThoseWhoLogIn() {
        ResponseEntity<String> docs = office().get("/api-docs");

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody())
                .contains("/api/nominations")
                .contains("NominationFiling")
                .contains("\"409\"");
    }

    private RestClient office() {
        return RestClient.as(http, "office");
    }

    /** What a refused request must leave as it was. */
    record DatabaseState(int nominations, int claims, long instances) {
        static DatabaseState read(JdbcTemplate jdbc, RuntimeService runtime) {
            return new DatabaseState(
                    jdbc.queryForObject("select count(*) from nomination", Integer.class),
                    jdbc.queryForObject("select count(*) from claimed_condition", Integer.class),
                    runtime.createProcessInstanceQuery()
                            .processDefinitionKey(NominationProcess.KEY)
                            .count());
        }
    }
}
