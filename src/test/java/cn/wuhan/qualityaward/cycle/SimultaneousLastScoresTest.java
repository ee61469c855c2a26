package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nominations get their last score at the same moment: whichever commits second must see the
 * other's score and wake the cycle, or the cycle would sleep until the scoring deadline.
 */
@AwardIntegrationTest
class SimultaneousLastScoresTest {

    @Autowired
    AwardScenario scenario;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @RepeatedTest(4)
    void theCycleWakesWhenItsLastTwoNominationsAreScoredAtOnce() throws Exception {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        ProcessInstance first =
                scenario.nominationInScoring(aNomination(cycleId).named("甲"), "STAFF", null);
        ProcessInstance second =
                scenario.nominationInScoring(aNomination(cycleId).named("乙"), "STAFF", null);
        Task lastOfFirst = allButOneScored(first);
        Task lastOfSecond = allButOneScored(second);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        assertThat(waitingAt(cycle)).containsExactly(AwardCycleProcess.Elements.AWAIT_EVALUATIONS);

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> complete(together, first, lastOfFirst));
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> complete(together, second, lastOfSecond));
        CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);

        assertThat(waitingAt(cycle))
                .doesNotContain(AwardCycleProcess.Elements.AWAIT_EVALUATIONS)
                .isNotEmpty();
    }

    private Task allButOneScored(ProcessInstance nomination) {
        List<Task> open = scenario.scoringTasks(nomination);
        for (Task task : open.subList(1, open.size())) {
            tasks.complete(
                    task.getId(),
                    scenario.sheetFor(nomination).scoringShare(0.8).variables());
        }
        return open.get(0);
    }

    private void complete(CyclicBarrier together, ProcessInstance nomination, Task task) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        tasks.complete(
                task.getId(), scenario.sheetFor(nomination).scoringShare(0.8).variables());
    }

    private List<String> waitingAt(ProcessInstance cycle) {
        return runtime.getActiveActivityIds(cycle.getId());
    }
}
