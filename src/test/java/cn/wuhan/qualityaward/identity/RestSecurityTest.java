package cn.wuhan.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.NominationBuilder;
import cn.wuhan.qualityaward.support.RestClient;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@AwardIntegrationTest
class RestSecurityTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    IdentityService identity;

    @BeforeEach
    void users() {
        scenario.ensureUsers(5);
    }

    @Test
    void anonymousCallsToTheEngineApiAreRefused() {
        assertThat(RestClient.anonymous(http)
                        .get("/engine-rest/process-definition")
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aWrongPasswordIsRefused() {
        // a user of its own, so its wrong password is not mistaken for anyone else's
        String someone = "someone" + System.nanoTime();
        User user = identity.newUser(someone);
        user.setPassword("right");
        identity.saveUser(user);
        ResponseEntity<String> response =
                http.withBasicAuth(someone, "wrong").getForEntity("/engine-rest/process-definition", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAdministratorSeesBothProcesses() {
        ResponseEntity<String> response = RestClient.as(http, "admin").get("/engine-rest/process-definition");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("\"key\":\"awardCycle\"").contains("\"key\":\"nomination\"");
    }

    @Test
    void anExpertCannotStartACycle() {
        ResponseEntity<String> response = RestClient.as(http, "expert1")
                .post("/engine-rest/process-definition/key/awardCycle/start", RestClient.variables(Map.of()));

        // the engine hides definitions a user may not read: it answers "not found", not "forbidden"
        assertThat(response.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).doesNotContain("\"id\":\"");
    }

    @Test
    void anExpertWhoTriesAnotherExpertsTaskIsRefusedInChinese() {
        String cycleId = scenario.newCycleIdWithOpenCycle();
        ProcessInstance nomination =
                scenario.nominationInScoring(NominationBuilder.aNomination(cycleId), "STAFF", null);
        Task task = scenario.scoringTasks(nomination).get(0);
        String other = scenario.scoringTasks(nomination).get(1).getAssignee();

        ResponseEntity<String> response = RestClient.as(http, other)
                .post("/engine-rest/task/" + task.getId() + "/complete", RestClient.variables(Map.of()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("只有任务的办理人本人可以提交").contains("\"code\":\"NOT_ASSIGNEE\"");
    }
}
