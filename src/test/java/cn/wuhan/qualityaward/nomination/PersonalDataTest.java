package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.support.FilingBuilder.aFiling;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A nominee's resident ID number and the misconduct inputs of the eligibility decision are filed
 * through the Tasklist start form and through the portal API; afterwards neither the engine (runtime,
 * history, decision history) nor the award's table holds them in the clear.
 */
@AwardIntegrationTest
class PersonalDataTest {

    private static final String START_FORM =
            "/engine-rest/process-definition/key/" + NominationProcess.KEY + "/submit-form";
    private static final String ID_NUMBER = "42011119770505002X";
    /** Written out here, not taken from the code under test, so that a name dropped from the code's list fails. */
    private static final List<String> PERSONAL_NAMES = List.of(
            "idNumber",
            "majorIncidentYear",
            "illegalConductYear",
            "badCreditYear",
            "awardFraudYear",
            "yearsSinceMajorIncident",
            "yearsSinceIllegalConduct",
            "yearsSinceBadCredit",
            "yearsSinceAwardFraud");

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    String cycleId;
    int cycleYear;

    @BeforeEach
    void openCycle() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleIdWithOpenCycle();
        cycleYear = jdbc.queryForObject("select cycle_year from award_cycle where id = ?", Integer.class, cycleId);
    }

    @Test
    void aNominationFiledThroughTheTasklistStartFormLeavesNoIdNumberOrMisconductInTheEngine() {
        String processInstanceId = fileThroughStartForm(misconductLongAgo());

        assertNothingPersonalInTheEngine(processInstanceId);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .count())
                .as("an eligible nomination waits for its formal review")
                .isOne();
    }

    @Test
    void aNominationFiledThroughTheApiLeavesNoIdNumberOrMisconductInTheEngine() {
        ResponseEntity<String> filed = office().post("/api/nominations", filingWith(misconductLongAgo()));

        assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);
        assertNothingPersonalInTheEngine(
                processInstanceOf(json(filed).get("referenceNo").asText()));
    }

    @Test
    void aNomineeRefusedForRecentMisconductIsRecordedWithTheReasonButTheEngineKeepsNoInput() {
        Map<String, Object> recent = misconductLongAgo();
        recent.put("illegalConductYear", cycleYear);
        String processInstanceId = fileThroughStartForm(recent);

        assertNothingPersonalInTheEngine(processInstanceId);
        long id = nominationIdOf(processInstanceId);
        assertThat(jdbc.queryForObject("select status from nomination where id = ?", String.class, id))
                .isEqualTo("INELIGIBLE");
        assertThat(jdbc.queryForList(
                        "select reason from nomination_decision where nomination_id = ? and stage = 'ELIGIBILITY'",
                        String.class,
                        id))
                .singleElement()
                .asString()
                .contains("近3年内有违法行为或违纪行为");
    }

    @Test
    void theAwardTableHoldsNoRawIdNumber() {
        ResponseEntity<String> filed = office().post("/api/nominations", filingWith(misconductLongAgo()));
        long id = json(filed).get("id").asLong();

        List<Map<String, Object>> rows = jdbc.queryForList("select * from nomination where id = ?", id);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values())
                    .noneMatch(v -> v != null && v.toString().toUpperCase().contains(ID_NUMBER));
            assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(ID_NUMBER.substring(0, 14)));
        });
    }

    @Test
    void theAnswerToAFilingShowsTheIdNumberMasked() {
        ResponseEntity<String> filed = office().post("/api/nominations", filingWith(misconductLongAgo()));

        assertThat(json(filed).get("idNumber").asText()).isEqualTo("**************002X");
        assertThat(filed.getBody()).doesNotContain(ID_NUMBER);
    }

    @Test
    void theSameIdNumberIsStillRefusedTwiceInACycleAndTwoNumbersAreTwoPeople() {
        assertThat(office().post("/api/nominations", filingWith(misconductLongAgo()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);

        Map<String, Object> samePersonElsewhere = filingWith(misconductLongAgo());
        samePersonElsewhere.put("nomineeName", "改名后");
        samePersonElsewhere.put("organization", "另一家公司");
        ResponseEntity<String> again = office().post("/api/nominations", samePersonElsewhere);
        Map<String, Object> namesake = filingWith(misconductLongAgo());
        namesake.put("idNumber", "420106198503150026");
        ResponseEntity<String> other = office().post("/api/nominations", namesake);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("DUPLICATE_NOMINATION");
        assertThat(other.getStatusCode()).as(other.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private void assertNothingPersonalInTheEngine(String processInstanceId) {
        assertThat(runtime.createVariableInstanceQuery()
                        .processInstanceIdIn(processInstanceId)
                        .list())
                .allSatisfy(v -> {
                    assertThat(PERSONAL_NAMES).as("runtime variable").doesNotContain(v.getName());
                    assertThat(String.valueOf(v.getValue())).doesNotContain(ID_NUMBER);
                });
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .includeDeleted()
                        .list())
                .isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(PERSONAL_NAMES).as("historic variable").doesNotContain(v.getName());
                    assertThat(String.valueOf(v.getValue())).doesNotContain(ID_NUMBER);
                });
        for (HistoricDetail detail : history.createHistoricDetailQuery()
                .processInstanceId(processInstanceId)
                .list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                assertThat(PERSONAL_NAMES).as("variable update").doesNotContain(update.getVariableName());
                assertThat(String.valueOf(update.getValue())).doesNotContain(ID_NUMBER);
            }
            if (detail instanceof HistoricFormField field) {
                assertThat(PERSONAL_NAMES).as("form property").doesNotContain(field.getFieldId());
                assertThat(String.valueOf(field.getFieldValue())).doesNotContain(ID_NUMBER);
            }
        }
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery()
                .processInstanceId(processInstanceId)
                .includeInputs()
                .includeOutputs()
                .list()) {
            assertThat(decision.getInputs()).allSatisfy(input -> {
                assertThat(PERSONAL_NAMES)
                        .as("decision input")
                        .noneMatch(name -> Objects.toString(input.getClauseId()).contains(name));
                assertThat(String.valueOf(input.getValue())).doesNotContain(ID_NUMBER);
            });
            assertThat(decision.getDecisionDefinitionKey())
                    .as("the eligibility decision leaves no history")
                    .isNotEqualTo("eligibility");
        }
        RestClient admin = RestClient.as(http, "admin");
        for (String path : List.of(
                "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId,
                "/engine-rest/history/detail?processInstanceId=" + processInstanceId,
                "/engine-rest/history/decision-instance?includeInputs=true&includeOutputs=true&processInstanceId="
                        + processInstanceId,
                "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId)) {
            String body = admin.get(path).getBody();
            assertThat(body).as(path).doesNotContain(ID_NUMBER);
            PERSONAL_NAMES.forEach(name -> assertThat(body).as(path).doesNotContain("\"" + name + "\""));
        }
    }

    /** Every misconduct field filled, each long enough ago to keep the nominee eligible. */
    private Map<String, Object> misconductLongAgo() {
        Map<String, Object> v = new HashMap<>();
        v.put("majorIncidentYear", cycleYear - 10);
        v.put("illegalConductYear", cycleYear - 9);
        v.put("badCreditYear", cycleYear - 8);
        v.put("awardFraudYear", cycleYear - 7);
        return v;
    }

    private Map<String, Object> filingWith(Map<String, Object> misconduct) {
        Map<String, Object> filing =
                aFiling(cycleId).with("idNumber", ID_NUMBER).json();
        filing.putAll(misconduct);
        return filing;
    }

    private String fileThroughStartForm(Map<String, Object> misconduct) {
        ResponseEntity<String> started = office().post(
                        START_FORM, RestVariables.of(filingWith(misconduct)).body());
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        return json(started).get("id").asText();
    }

    private long nominationIdOf(String processInstanceId) {
        return ((Number) history.createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .variableName(NominationProcess.Variables.NOMINATION_ID.name())
                        .singleResult()
                        .getValue())
                .longValue();
    }

    private String processInstanceOf(String referenceNo) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(referenceNo)
                .singleResult()
                .getId();
    }

    private RestClient office() {
        return RestClient.as(http, "office");
    }

    private static JsonNode json(ResponseEntity<String> response) {
        try {
            return new ObjectMapper().readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }
}
