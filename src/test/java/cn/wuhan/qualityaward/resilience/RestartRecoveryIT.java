package cn.wuhan.qualityaward.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.resilience.CycleOverHttp.Nominee;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application killed outright and started again on the same PostgreSQL, and PostgreSQL itself
 * restarted under a running application: work already saved stays, and the cycle carries on with no
 * manual step. Node log and database files: {@code target/resilience/restart/}.
 */
class RestartRecoveryIT {

    private static final Path WORK = Path.of("target", "resilience", "restart");
    private static RestartablePostgres database;
    private static ApplicationNode node;

    @BeforeAll
    static void start() {
        database = RestartablePostgres.startFresh(WORK.resolve("pgdata"));
        node = new ApplicationNode("node", database, WORK).start();
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aCycleKilledDuringScoringAndAgainDuringTheNoticeFinishesWithEveryScore() {
        CycleOverHttp cycle = new CycleOverHttp(() -> node);
        cycle.setUpPeople();
        String cycleId = "K" + Long.toHexString(System.currentTimeMillis()).substring(5);
        Duration noticePeriod = Duration.ofSeconds(15);
        String cycleInstance = cycle.openCycle(cycleId, Duration.ofSeconds(10), noticePeriod);
        List<Nominee> nominees = List.of(cycle.fileAndReview(cycleId, "甲候选人"), cycle.fileAndReview(cycleId, "乙候选人"));
        Map<String, String> firstSeats = cycle.scoringTasks(nominees.get(0));
        cycle.scoringTasks(nominees.get(1));
        firstSeats.forEach((task, expert) -> cycle.score(task, expert, 0.9));
        Map.Entry<String, String> oneSeat =
                cycle.openScoringTasks(nominees.get(1)).entrySet().iterator().next();
        cycle.score(oneSeat.getKey(), oneSeat.getValue(), 0.7);

        node.kill();
        node.start();

        assertThat(database.count("select count(*) from score_sheet s join nomination n on n.id = s.nomination_id"
                        + " where n.cycle_id = '" + cycleId + "'"))
                .as("sheets saved before the crash")
                .isEqualTo(CycleOverHttp.PANEL + 1);
        Map<String, String> rest = cycle.openScoringTasks(nominees.get(1));
        assertThat(rest).as("seats still to score after the restart").hasSize(CycleOverHttp.PANEL - 1);
        rest.forEach((task, expert) -> cycle.score(task, expert, 0.7));
        cycle.vote(cycleId, List.of(nominees.get(0).id()));
        assertThat(cycle.isWaitingAt(cycleInstance, AwardCycleProcess.Elements.NOTICE_PERIOD))
                .as("in the notice")
                .isTrue();

        node.kill();
        node.start();

        cycle.approveWhenNoticeEnds(cycleId, noticePeriod);
        cycle.awaitEnd(cycleInstance, cycleId);
        CycleRecords records = new CycleRecords(database, cycleId);
        records.assertEveryJobRanExactlyOnce();
        records.assertTimersAndAnnouncementRanOnce();
        records.assertEverySheetPresent(nominees, CycleOverHttp.PANEL);
        assertThat(records.outcomes())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(nominees.get(0).id(), "AWARDED", nominees.get(1).id(), "NOT_AWARDED"));
    }

    @Test
    void whileThePostgresServerRestartsRequestsAnswer503AndAfterwardsTheApplicationAndItsTimersCarryOn() {
        CycleOverHttp cycle = new CycleOverHttp(() -> node);
        cycle.setUpPeople();
        String cycleId = "D" + Long.toHexString(System.currentTimeMillis()).substring(5);
        Duration nominationsClose = Duration.ofSeconds(8);
        Instant deadline = Instant.now().plus(nominationsClose).plusSeconds(1);
        String cycleInstance = cycle.openCycle(cycleId, nominationsClose, Duration.ofSeconds(3));
        Nominee nominee = cycle.fileAndReview(cycleId, "甲候选人");
        Map<String, String> seats = cycle.scoringTasks(nominee);

        database.stop();
        try {
            for (String path : new String[] {"/api/experts", "/engine-rest/task?assignee=expert1"}) {
                Instant asked = Instant.now();
                Reply refused = node.get("office", path);
                assertThat(Duration.between(asked, Instant.now()))
                        .as("answer time of " + path)
                        .isLessThan(Duration.ofSeconds(15));
                assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(503);
                assertThat(refused.json().get("code").asText()).isEqualTo("DATABASE_UNAVAILABLE");
                assertThat(refused.json().get("message").asText()).contains("数据库暂时无法连接");
                assertThat(refused.body()).doesNotContain("Exception", "\tat ");
            }
            // the nomination deadline passes while the database is down
            Poll.untilTrue(
                    "the nomination deadline to pass",
                    Duration.ofSeconds(30),
                    () -> Instant.now().isAfter(deadline));
        } finally {
            database.start();
        }

        Poll.untilTrue(
                "the application to answer again",
                Duration.ofSeconds(60),
                () -> node.get("office", "/api/experts").status() == 200);
        Poll.untilTrue(
                "the overdue nomination deadline to fire",
                Duration.ofSeconds(60),
                () -> cycle.isWaitingAt(cycleInstance, AwardCycleProcess.Elements.AWAIT_EVALUATIONS));
        seats.forEach((task, expert) -> cycle.score(task, expert, 0.8));
        Poll.untilTrue(
                "the committee's ballots",
                Duration.ofSeconds(60),
                () -> cycle.isWaitingAt(cycleInstance, AwardCycleProcess.Elements.VOTE));
        CycleRecords records = new CycleRecords(database, cycleId);
        assertThat(records.successes(AwardCycleProcess.Elements.NOMINATION_DEADLINE))
                .isEqualTo(1);
        records.assertEverySheetPresent(List.of(nominee), CycleOverHttp.PANEL);
    }
}
