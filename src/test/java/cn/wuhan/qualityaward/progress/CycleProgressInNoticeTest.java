package cn.wuhan.qualityaward.progress;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A cycle under public notice: 甲 is on the list and objected to, 乙 was scored but not proposed. */
@AwardIntegrationTest
class CycleProgressInNoticeTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RuntimeService runtime;

    String cycleId;
    ProcessInstance jiaInstance;
    long jia;
    long yi;
    ProcessInstance objection;

    @BeforeEach
    void aCycleUnderNoticeWithAnObjection() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        jiaInstance = scenario.nominationInScoring(aNomination(cycleId).named("甲"), "STAFF", null);
        scenario.scoreAll(jiaInstance, 0.9);
        ProcessInstance yiInstance =
                scenario.nominationInScoring(aNomination(cycleId).named("乙"), "STAFF", null);
        scenario.scoreAll(yiInstance, 0.5);
        jia = scenario.nominationId(jiaInstance);
        yi = scenario.nominationId(yiInstance);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(jia));
        objection = scenario.fileObjection(cycleId, jia, "实名丙");
    }

    @Test
    void theCandidateOnTheListIsUnderNoticeAndTheOpenObjectionShowsItsStepAndDeadline() throws Exception {
        JsonNode progress = read();

        assertThat(progress.at("/cycle/stage").asText()).isEqualTo("公示");
        assertThat(byField(progress.at("/cycle/deadlines"), "name", "公示期满")
                        .get("at")
                        .isNull())
                .isFalse();
        assertThat(ids(byField(progress.get("stages"), "stage", "公示中").get("nominations")))
                .containsExactly(jia);
        assertThat(ids(byField(progress.get("stages"), "stage", "待评选").get("nominations")))
                .containsExactly(yi);
        assertThat(progress.get("objections")).hasSize(1);
        JsonNode open = progress.get("objections").get(0);
        assertThat(open.get("nominationId").asLong()).isEqualTo(jia);
        assertThat(open.get("nomineeName").asText()).isEqualTo("甲");
        assertThat(open.get("step").asText()).isEqualTo("调查核实");
        assertThat(open.get("due").isNull()).isFalse();
        assertThat(open.get("processInstanceId").asText()).isEqualTo(objection.getId());
    }

    @Test
    void anIncidentInANominationsInstanceIsListedWithTheNomination() throws Exception {
        String waiting = runtime.createExecutionQuery()
                .processInstanceId(jiaInstance.getId())
                .activityId(NominationProcess.Elements.AWAIT_DECISION)
                .singleResult()
                .getId();
        Incident incident = runtime.createIncident("awardTest", waiting, "test", "邮件服务器拒收");
        try {
            JsonNode troubles = read().get("troubles");

            assertThat(troubles).hasSize(1);
            assertThat(troubles.get(0).get("kind").asText()).isEqualTo("事故");
            assertThat(troubles.get(0).get("nominationId").asLong()).isEqualTo(jia);
            assertThat(troubles.get(0).get("processInstanceId").asText()).isEqualTo(jiaInstance.getId());
            assertThat(troubles.get(0).get("message").asText()).isEqualTo("邮件服务器拒收");
        } finally {
            runtime.resolveIncident(incident.getId());
        }
    }

    private JsonNode read() throws Exception {
        return new ObjectMapper()
                .readTree(RestClient.as(http, "office")
                        .get("/api/cycles/" + cycleId + "/progress")
                        .getBody());
    }

    private static List<Long> ids(JsonNode figure) {
        List<Long> ids = new ArrayList<>();
        figure.get("nominations").forEach(n -> ids.add(n.asLong()));
        return ids;
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }
}
