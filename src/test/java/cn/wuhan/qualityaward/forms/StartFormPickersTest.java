package cn.wuhan.qualityaward.forms;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.TasklistSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The start forms offer what is open now, from the award's tables, as Tasklist fetches them: the
 * objection form the cycles under notice and the candidates on their lists by 申报编号, the nomination
 * form the cycles taking nominations.
 */
@AwardIntegrationTest
class StartFormPickersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    AwardScenario scenario;

    @Autowired
    NominationService nominations;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TestRestTemplate http;

    String noticeCycle;
    Nomination listed;
    Nomination notListed;
    String openCycle;

    @BeforeEach
    void aListUnderNoticeAndACycleTakingNominations() {
        scenario.ensureUsers(5);
        noticeCycle = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(noticeCycle);
        ProcessInstance candidate =
                scenario.nominationInScoring(aNomination(noticeCycle).named("甲"), "STAFF", null);
        ProcessInstance other =
                scenario.nominationInScoring(aNomination(noticeCycle).named("乙"), "STAFF", null);
        scenario.scoreAll(candidate, 0.9);
        scenario.scoreAll(other, 0.5);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(candidate)));
        listed = nominations.get(scenario.nominationId(candidate));
        notListed = nominations.get(scenario.nominationId(other));
        openCycle = scenario.newCycleIdWithOpenCycle();
    }

    @Test
    void theObjectionFormTasklistOpensOffersTheCandidatesOnTheListByTheirReferenceNumber() throws Exception {
        ResponseEntity<String> form = TasklistSession.logIn(http, "committee1")
                .get(TasklistSession.ENGINE_API + "/process-definition/" + definitionId(ObjectionProcess.KEY)
                        + "/deployed-start-form");

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, String> candidates = options(form.getBody(), "candidateReference");
        assertThat(candidates)
                .containsEntry(
                        listed.referenceNo(),
                        listed.referenceNo() + " " + listed.nomineeName() + "（" + listed.organization() + "）")
                .doesNotContainKey(notListed.referenceNo());
        assertThat(options(form.getBody(), "cycleId")).containsKey(noticeCycle).doesNotContainKey(openCycle);
    }

    @Test
    void theNominationFormOffersTheCyclesTakingNominationsAndNoOther() throws Exception {
        ResponseEntity<String> form = RestClient.as(http, "office")
                .get("/engine-rest/process-definition/key/" + NominationProcess.KEY + "/deployed-start-form");

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, String> cycles = options(form.getBody(), "cycleId");
        assertThat(cycles).containsKey(openCycle).doesNotContainKey(noticeCycle);
        assertThat(cycles.get(openCycle)).startsWith(openCycle + " ").contains("申报截止");
    }

    @Test
    void theDeployedFormStaysAsDeployedWithoutTodaysOptions() throws Exception {
        try (InputStream deployed = engine.getFormService().getDeployedStartForm(definitionId(ObjectionProcess.KEY))) {
            JsonNode schema = JSON.readTree(deployed);
            assertThat(field(schema, "candidateReference").path("values")).isEmpty();
        }
    }

    private String definitionId(String key) {
        return engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult()
                .getId();
    }

    /** The select's options, value to label. */
    private static Map<String, String> options(String form, String key) throws Exception {
        JsonNode select = field(JSON.readTree(form), key);
        assertThat(select.path("type").asText()).isEqualTo("select");
        Map<String, String> options = new LinkedHashMap<>();
        select.path("values")
                .forEach(option -> options.put(
                        option.path("value").asText(), option.path("label").asText()));
        return options;
    }

    private static JsonNode field(JsonNode schema, String key) {
        List<JsonNode> found = new ArrayList<>();
        schema.path("components").forEach(c -> {
            if (key.equals(c.path("key").asText())) {
                found.add(c);
            }
        });
        assertThat(found).as("a field %s", key).hasSize(1);
        return found.get(0);
    }
}
