package cn.wuhan.qualityaward.hostile;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;
import static cn.wuhan.qualityaward.support.FilingBuilder.aFiling;
import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.NominationBuilder;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * Hostile nominations, over the portal API and over the Tasklist start form submitted through REST: the
 * data that becomes the eligibility and track decisions' inputs is checked before any decision runs.
 */
@AwardIntegrationTest
class HostileFilingTest {

    private static final String API = "/api/nominations";
    private static final String START_FORM =
            "/engine-rest/process-definition/key/" + NominationProcess.KEY + "/submit-form";
    /** Stands for the open cycle in the cases below. */
    private static final String CYCLE = "CYCLE";

    private static String cycleId;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openCycle() {
        scenario.ensureUsers(5);
        if (cycleId == null) {
            cycleId = scenario.newCycleId();
            scenario.openCycle(cycleId);
        }
    }

    static Stream<Arguments> hostileFilings() {
        return Stream.of(
                Arguments.of(
                        "years of quality work sent as true are the wrong type",
                        aFiling(CYCLE).with("qualityWorkYears", true).json(),
                        "WRONG_TYPE"),
                Arguments.of(
                        "years of quality work sent as a list are the wrong type",
                        aFiling(CYCLE).with("qualityWorkYears", List.of(12)).json(),
                        "WRONG_TYPE"),
                Arguments.of(
                        "years beyond a whole number's range are the wrong type",
                        aFiling(CYCLE).with("qualityWorkYears", 2_147_483_648L).json(),
                        "WRONG_TYPE"),
                Arguments.of(
                        "a name sent as an object is the wrong type",
                        aFiling(CYCLE)
                                .with("nomineeName", Map.of("family", "王"))
                                .json(),
                        "WRONG_TYPE"),
                Arguments.of(
                        "an award year sent as a word is the wrong type",
                        aFiling(CYCLE).with("lastAwardYear", "去年").json(),
                        "WRONG_TYPE"),
                Arguments.of(
                        "a megabyte of organisation is too long",
                        aFiling(CYCLE)
                                .with("organization", "武".repeat(1_000_000))
                                .json(),
                        "不能超过200个字"),
                Arguments.of(
                        "an opinion one character over its limit is too long",
                        aFiling(CYCLE)
                                .with("recommendingOpinion", "好".repeat(2001))
                                .json(),
                        "不能超过2000个字"),
                Arguments.of(
                        "a cycle id that is an SQL condition names no cycle",
                        aFiling("2026' OR '1'='1").json(),
                        "CYCLE_NOT_FOUND"),
                Arguments.of(
                        "a position level with an SQL statement is not a level",
                        aFiling(CYCLE)
                                .with("positionLevel", "FRONTLINE'; DROP TABLE nomination;--")
                                .json(),
                        "SENIOR、MIDDLE、FRONTLINE 或 OTHER"),
                Arguments.of(
                        "an ID number with an SQL comment is not an ID number",
                        aFiling(CYCLE).with("idNumber", "' OR 1=1 --").json(),
                        "ID_NUMBER_INVALID"),
                Arguments.of(
                        "a claimed condition id with a quote and markup is not a condition",
                        aFiling(CYCLE)
                                .with("positionLevel", "OTHER")
                                .claiming("condition_1\"><script>", "说明")
                                .json(),
                        "CONDITION_UNKNOWN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFilings")
    void aHostileFilingOverTheApiIsRefusedAndNothingIsStored(String why, Map<String, Object> filing, String expected) {
        if (CYCLE.equals(filing.get("cycleId"))) {
            filing.put("cycleId", cycleId);
        }
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response = office().post(API, filing);

        assertRefused(response, HttpStatus.BAD_REQUEST, expected);
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aFilingThatIsAJsonListInsteadOfAnObjectIsRefused() {
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response = office().post(
                        API, List.of(aFiling(cycleId).json(), aFiling(cycleId).json()));

        assertRefused(response, HttpStatus.BAD_REQUEST, "MALFORMED_JSON");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aFilingSentAsPlainTextIsAnUnsupportedFormat() {
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("office", AwardScenario.PASSWORD);
        headers.setContentType(MediaType.TEXT_PLAIN);

        ResponseEntity<String> response = http.exchange(
                API,
                HttpMethod.POST,
                new HttpEntity<>("cycleId=" + cycleId + "&nomineeName=王芳", headers),
                String.class);

        assertRefused(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    static Stream<Arguments> hostileStartForms() {
        return Stream.of(
                Arguments.of(
                        "years of quality work typed as words are refused before the eligibility decision",
                        aNomination(CYCLE).with(QUALITY_WORK_YEARS.name(), "十年"),
                        "qualityWorkYears"),
                Arguments.of(
                        "an award year sent as true is refused before the eligibility decision",
                        aNomination(CYCLE).with(LAST_AWARD_YEAR.name(), true),
                        "lastAwardYear"),
                Arguments.of(
                        "a declaration sent as the word yes is refused",
                        aNomination(CYCLE).with(MATERIALS_DECLARED_TRUE.name(), "yes"),
                        "materialsDeclaredTrue"),
                Arguments.of(
                        "a position level sent as a number is refused before the track decision",
                        aNomination(CYCLE).with(POSITION_LEVEL.name(), 3),
                        "WRONG_TYPE"),
                Arguments.of(
                        "years of quality work beyond sixty typed as text are out of range",
                        aNomination(CYCLE).with(QUALITY_WORK_YEARS.name(), "999"),
                        "0到60年"),
                Arguments.of(
                        "a summary of a hundred thousand characters is too long",
                        aNomination(CYCLE).with(SUMMARY.name(), "事".repeat(100_000)),
                        "不能超过4000个字"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileStartForms")
    void aHostileStartFormOverRestIsRefusedAndNoInstanceIsLeft(
            String why, NominationBuilder nomination, String expected) {
        Map<String, Object> values = nomination.variables();
        values.put(CYCLE_ID.name(), cycleId);
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response =
                office().post(START_FORM, RestVariables.of(values).body());

        assertRefused(response, HttpStatus.BAD_REQUEST, expected);
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    @Test
    void aClaimedConditionsChecklistThatIsNotAListIsRefused() {
        Map<String, Object> values =
                aNomination(cycleId).with(POSITION_LEVEL.name(), "OTHER").variables();
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response = office().post(
                        START_FORM,
                        RestVariables.of(values)
                                .json(CLAIMED_CONDITIONS.name(), "{\"condition_1\": true}")
                                .body());

        assertRefused(response, HttpStatus.BAD_REQUEST, "claimedConditions");
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    private RestClient office() {
        return RestClient.as(http, "office");
    }
}
