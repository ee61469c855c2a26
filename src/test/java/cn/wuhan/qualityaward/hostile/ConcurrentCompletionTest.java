package cn.wuhan.qualityaward.hostile;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RestVariables;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** One task completed twice: at the same moment, or once more after it is done. */
@AwardIntegrationTest
class ConcurrentCompletionTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    JdbcTemplate jdbc;

    ProcessInstance nomination;
    Task scoring;
    RestVariables sheet;

    @BeforeEach
    void aScoringTaskOpen() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        scoring = scenario.scoringTasks(nomination).get(0);
        sheet = RestVariables.of(scenario.sheetFor(nomination).scoringShare(0.8).variables());
    }

    @RepeatedTest(3)
    void twoCompletionsOfOneScoringTaskAtTheSameMomentStoreExactlyOneSheetAndRefuseTheOther() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ResponseEntity<String>>> completions =
                    List.of(threads.submit(() -> completeAfter(start)), threads.submit(() -> completeAfter(start)));
            start.countDown();
            List<ResponseEntity<String>> responses = List.of(
                    completions.get(0).get(30, TimeUnit.SECONDS),
                    completions.get(1).get(30, TimeUnit.SECONDS));

            assertThat(responses)
                    .filteredOn(r -> r.getStatusCode() == HttpStatus.NO_CONTENT)
                    .hasSize(1);
            ResponseEntity<String> loser = responses.stream()
                    .filter(r -> r.getStatusCode() != HttpStatus.NO_CONTENT)
                    .findFirst()
                    .orElseThrow();
            // which refusal the loser meets depends on how far it got before the winner committed
            Map<HttpStatus, String> refusals = Map.of(
                    HttpStatus.CONFLICT, "已由他人同时处理",
                    HttpStatus.NOT_FOUND, "已处理或不存在",
                    HttpStatus.BAD_REQUEST, "您已提交过该申报的评分表",
                    HttpStatus.FORBIDDEN, "该任务可能刚刚已处理");
            HttpStatus status = HttpStatus.valueOf(loser.getStatusCode().value());
            assertThat(refusals).as(loser.getBody()).containsKey(status);
            assertRefused(loser, status, refusals.get(status));
            assertThat(sheetsOf(scoring.getAssignee())).isOne();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void completingATaskThatIsAlreadyDoneIsNotFoundAndStoresNoSecondSheet() {
        RestClient expert = RestClient.as(http, scoring.getAssignee());
        assertThat(expert.post(completion(), sheet.body()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<String> again = expert.post(completion(), sheet.body());

        assertRefused(again, HttpStatus.NOT_FOUND, "该任务已处理或不存在");
        assertThat(sheetsOf(scoring.getAssignee())).isOne();
    }

    private ResponseEntity<String> completeAfter(CountDownLatch start) throws InterruptedException {
        start.await();
        return RestClient.as(http, scoring.getAssignee()).post(completion(), sheet.body());
    }

    private String completion() {
        return "/engine-rest/task/" + scoring.getId() + "/complete";
    }

    private int sheetsOf(String expert) {
        return jdbc.queryForObject(
                "select count(*) from score_sheet where nomination_id = ? and expert_id = ?",
                Integer.class,
                scenario.nominationId(nomination),
                expert);
    }
}
