package cn.wuhan.qualityaward.approval;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The announcement runs as a job of its own after the approver's decision: when it fails, the
 * decision stays, the job is tried again after the configured interval, and when the tries are used
 * up the office sees an incident in Cockpit.
 */
@AwardIntegrationTest
class AnnouncementRetryTest {

    @Autowired
    AwardScenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    AwardCycleService cycles;

    @Autowired
    TestRestTemplate http;

    @Value("${award.jobs.retry-cycle}")
    String retryCycle;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFailingAnnouncementIsTriedAgainAfterTheConfiguredIntervalAndThenRaisesAnIncidentForCockpit()
            throws Exception {
        int tries = Integer.parseInt(retryCycle.substring(1, retryCycle.indexOf('/')));
        Duration interval = Duration.parse(retryCycle.substring(retryCycle.indexOf('/') + 1));
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scenario.scoreAll(nomination, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(nomination)));
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
        // the nomination's instance is gone, so the announcement cannot tell it its outcome
        runtime.deleteProcessInstance(nomination.getId(), "removed by an administrator");

        tasks.complete(
                scenario.task(cycle, AwardCycleProcess.Elements.FINAL_APPROVAL).getId(), approvalWithNoneStruck());

        assertThat(scenario.task(cycle, AwardCycleProcess.Elements.FINAL_APPROVAL))
                .as("the approval is kept")
                .isNull();
        Job job = announcementJob(cycle);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int failure = 1; failure <= tries; failure++) {
            ClockUtil.setCurrentTime(Date.from(now));
            String jobId = job.getId();
            assertThatThrownBy(() -> management.executeJob(jobId))
                    .as("try " + failure)
                    .isNotNull();

            job = announcementJob(cycle);
            assertThat(job.getRetries())
                    .as("retries left after failure " + failure)
                    .isEqualTo(tries - failure);
            if (failure < tries) {
                assertThat(job.getDuedate()).as("next try").isEqualTo(Date.from(now.plus(interval)));
            }
            now = now.plus(interval);
        }

        Incident incident =
                runtime.createIncidentQuery().processInstanceId(cycle.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(AwardCycleProcess.Elements.ANNOUNCE);
        assertThat(cycles.get(cycleId).status())
                .as("nothing of the announcement is kept")
                .isNotEqualTo(CycleStatus.ANNOUNCED);
        ResponseEntity<String> cockpit =
                RestClient.as(http, "office").get("/engine-rest/incident?processInstanceId=" + cycle.getId());
        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode incidents = new ObjectMapper().readTree(cockpit.getBody());
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).get("activityId").asText()).isEqualTo(AwardCycleProcess.Elements.ANNOUNCE);
        assertThat(incidents.get(0).get("incidentMessage").asText()).isNotBlank();
    }

    private Job announcementJob(ProcessInstance cycle) {
        return management
                .createJobQuery()
                .processInstanceId(cycle.getId())
                .activityId(AwardCycleProcess.Elements.ANNOUNCE)
                .singleResult();
    }

    private static Map<String, Object> approvalWithNoneStruck() {
        return Map.of(
                AwardCycleProcess.Variables.STRUCK_NOMINATIONS.name(),
                SpinValues.jsonValue("[]").create());
    }
}
