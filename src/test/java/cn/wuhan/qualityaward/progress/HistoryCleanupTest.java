package cn.wuhan.qualityaward.progress;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

@AwardIntegrationTest
class HistoryCleanupTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    AwardScenario scenario;

    @Autowired
    TestRestTemplate http;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void historyCleanupRunsInANightlyWindowFromTheConfiguration() {
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }

    @Test
    void aCleanupRunRemovesHistoryPastItsTimeToLiveAndTheProgressPageTellsWhenAndHowMuch() throws Exception {
        scenario.ensureUsers(3);
        String cycleId = scenario.newCycleIdWithOpenCycle();
        ProcessInstance rejected = scenario.nominate(aNomination(cycleId).named("戊"));
        scenario.decideFormalReview(rejected, "REJECT", "缺少推荐单位盖章");
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(rejected.getId())
                        .finished()
                        .count())
                .isOne();

        // a nomination's history lives P180D after it ends (camunda:historyTimeToLive of nomination.bpmn)
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(181))));
        Job cleanup = history.cleanUpHistoryAsync(true);
        management.executeJob(cleanup.getId());
        management.reportDbMetricsNow();

        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(rejected.getId())
                        .count())
                .isZero();
        JsonNode cleanupSeen = new ObjectMapper()
                .readTree(RestClient.as(http, "office")
                        .get("/api/cycles/" + cycleId + "/progress")
                        .getBody())
                .get("historyCleanup");
        assertThat(cleanupSeen.get("windowStart").asText()).isEqualTo("01:00");
        assertThat(cleanupSeen.get("lastRun").isNull()).isFalse();
        assertThat(cleanupSeen
                        .at("/removed/history-cleanup-removed-process-instances")
                        .asLong())
                .isPositive();
    }
}
