package cn.wuhan.qualityaward.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.resilience.CycleOverHttp.Nominee;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one PostgreSQL, each with its job executor on, as Camunda's homogeneous
 * cluster runs: people's calls alternate between the nodes, and the nodes share the timers and the
 * asynchronous steps. Node logs: {@code target/resilience/cluster/}.
 */
class TwoNodeClusterIT {

    private static final Path WORK = Path.of("target", "resilience", "cluster");
    private static RestartablePostgres database;
    private static ApplicationNode nodeA;
    private static ApplicationNode nodeB;

    @BeforeAll
    static void startCluster() {
        database = RestartablePostgres.startFresh(WORK.resolve("pgdata"));
        // one after the other: the first creates the schema and the roles, the second finds them
        nodeA = new ApplicationNode("node-a", database, WORK).start();
        nodeB = new ApplicationNode("node-b", database, WORK).start();
    }

    @AfterAll
    static void stopCluster() {
        for (AutoCloseable resource : new AutoCloseable[] {nodeB, nodeA, database}) {
            try {
                if (resource != null) {
                    resource.close();
                }
            } catch (Exception e) {
                System.err.println("could not stop " + resource + ": " + e);
            }
        }
    }

    @Test
    void aCycleRunAcrossTwoNodesRunsEveryTimerAndJobExactlyOnceAndKeepsEveryScore() {
        CycleOverHttp cycle = CycleOverHttp.alternating(List.of(nodeA, nodeB));
        cycle.setUpPeople();
        String cycleId = "C" + Long.toHexString(System.currentTimeMillis()).substring(5);
        Duration noticePeriod = Duration.ofSeconds(3);
        String cycleInstance = cycle.openCycle(cycleId, Duration.ofSeconds(12), noticePeriod);
        List<Nominee> nominees = List.of(
                cycle.fileAndReview(cycleId, "甲候选人"),
                cycle.fileAndReview(cycleId, "乙候选人"),
                cycle.fileAndReview(cycleId, "丙候选人"));

        double share = 0.9;
        for (Nominee nominee : nominees) {
            for (Map.Entry<String, String> seat : cycle.scoringTasks(nominee).entrySet()) {
                cycle.score(seat.getKey(), seat.getValue(), share);
            }
            share -= 0.1;
        }
        cycle.vote(cycleId, List.of(nominees.get(0).id(), nominees.get(1).id()));
        cycle.approveWhenNoticeEnds(cycleId, noticePeriod);
        cycle.awaitEnd(cycleInstance, cycleId);

        CycleRecords records = new CycleRecords(database, cycleId);
        System.out.println("jobs run by each node: " + records.jobsRunBy());
        records.assertEveryJobRanExactlyOnce();
        records.assertTimersAndAnnouncementRanOnce();
        records.assertEverySheetPresent(nominees, CycleOverHttp.PANEL);
        assertThat(records.outcomes())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        nominees.get(0).id(),
                        "AWARDED",
                        nominees.get(1).id(),
                        "AWARDED",
                        nominees.get(2).id(),
                        "NOT_AWARDED"));
        assertThat(nodeA.logLinesContaining("评选周期 " + cycleId + " 结果公布")
                        + nodeB.logLinesContaining("评选周期 " + cycleId + " 结果公布"))
                .as("result notices, one to each of the office, the committee and the approvers")
                .isEqualTo(3);
        for (Nominee nominee : nominees) {
            assertThat(nodeA.logLinesContaining("新的评审任务 " + nominee.referenceNo())
                            + nodeB.logLinesContaining("新的评审任务 " + nominee.referenceNo()))
                    .as("assignment notices of " + nominee.referenceNo())
                    .isEqualTo(CycleOverHttp.PANEL);
        }
    }
}
