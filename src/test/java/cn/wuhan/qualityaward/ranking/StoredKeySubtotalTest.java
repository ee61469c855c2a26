package cn.wuhan.qualityaward.ranking;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.criteria.CriteriaService;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricPart;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.report.RankingEntry;
import cn.wuhan.qualityaward.report.RankingReportService;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each score sheet is stored with its 关键要求 subtotal, which orders nominees of equal final score;
 * a sheet stored before V14, without one, ranks as it did, by its items.
 */
@AwardIntegrationTest
class StoredKeySubtotalTest {

    @Autowired
    AwardScenario scenario;

    @Autowired
    TaskService tasks;

    @Autowired
    CriteriaService criteria;

    @Autowired
    RankingService ranking;

    @Autowired
    RankingReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSheetIsStoredWithItsKeySubtotalWhichRanksTiedNomineesAsTheirItemsDidAndStillDoForSheetsStoredBeforeIt() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleIdWithOpenCycle();
        RubricPart keyPart = criteria.rubricOf(cycleId).track(Track.STAFF).keyPart();
        RubricItem keyItem = firstItemOfTwoPointsOrMore(List.of(keyPart));
        RubricItem commonItem =
                firstItemOfTwoPointsOrMore(criteria.rubricOf(cycleId).commonParts());
        BigDecimal fullKeyPoints = keyPart.dimensions().stream()
                .flatMap(d -> d.items().stream())
                .map(RubricItem::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // the same total, 1.5 below full marks: filed first, lower in 关键要求
        long lowerKey = scored(cycleId, "关键要求较低", keyItem);
        long higherKey = scored(cycleId, "关键要求较高", commonItem);

        assertThat(keySubtotals(lowerKey))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo(fullKeyPoints.subtract(new BigDecimal("1.5"))));
        assertThat(keySubtotals(higherKey))
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo(fullKeyPoints));
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_sheet s where s.nomination_id in (?, ?) and s.half_points = true"
                                + " and s.key_subtotal = (select sum(i.points) from score_item i where i.sheet_id = s.id"
                                + " and i.item_id in (" + inList(keyPart) + "))",
                        Integer.class,
                        lowerKey,
                        higherKey))
                .isEqualTo(
                        keySubtotals(lowerKey).size() + keySubtotals(higherKey).size());
        List<RankedNomination> ranked = ranking.rank(cycleId);
        assertThat(ranked).extracting(RankedNomination::nominationId).containsExactly(higherKey, lowerKey);
        assertThat(ranked)
                .extracting(r -> r.tie().keySubtotal())
                .containsExactly(
                        fullKeyPoints.setScale(2),
                        fullKeyPoints.subtract(new BigDecimal("1.5")).setScale(2));
        List<RankingEntry> report = reports.report(cycleId, true);

        jdbc.update(
                "update score_sheet set key_subtotal = null, half_points = null where nomination_id in (?, ?)",
                lowerKey,
                higherKey);

        assertThat(ranking.rank(cycleId)).isEqualTo(ranked);
        assertThat(reports.report(cycleId, true)).isEqualTo(report);
    }

    /**
     * Every expert of the panel scores full marks but for {@code lowered}, 1.5 points below its own:
     * a half point on every sheet.
     */
    private long scored(String cycleId, String name, RubricItem lowered) {
        ProcessInstance nomination =
                scenario.nominationInScoring(aNomination(cycleId).named(name), "STAFF", null);
        for (Task task : scenario.scoringTasks(nomination)) {
            tasks.complete(
                    task.getId(),
                    scenario.sheetFor(nomination)
                            .withItem(
                                    lowered.id(),
                                    lowered.points()
                                            .subtract(new BigDecimal("1.5"))
                                            .doubleValue())
                            .variables());
        }
        scenario.runDueJobs();
        return scenario.nominationId(nomination);
    }

    /** A whole number of points, so that 1.5 below it is a half point. */
    private static RubricItem firstItemOfTwoPointsOrMore(List<RubricPart> parts) {
        return parts.stream()
                .flatMap(p -> p.dimensions().stream())
                .flatMap(d -> d.items().stream())
                .filter(i -> i.points().compareTo(BigDecimal.valueOf(2)) >= 0
                        && i.points().remainder(BigDecimal.ONE).signum() == 0)
                .findFirst()
                .orElseThrow();
    }

    private static String inList(RubricPart part) {
        return part.dimensions().stream()
                .flatMap(d -> d.items().stream())
                .map(i -> "'" + i.id() + "'")
                .collect(Collectors.joining(","));
    }

    private List<BigDecimal> keySubtotals(long nominationId) {
        return jdbc.queryForList(
                "select key_subtotal from score_sheet where nomination_id = ?", BigDecimal.class, nominationId);
    }
}
