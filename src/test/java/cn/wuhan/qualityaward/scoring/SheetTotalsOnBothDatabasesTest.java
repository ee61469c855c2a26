package cn.wuhan.qualityaward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.ranking.SheetSubtotalRepository;
import cn.wuhan.qualityaward.support.MigratedDatabase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V14 and the ranking's reads of a cycle's sheets, on both databases the award runs on: a
 * sheet stored with its 关键要求 subtotal and half-point mark, and a sheet stored before V14 without
 * them, read alike (the same total with the same scale, the same subtotal).
 */
class SheetTotalsOnBothDatabasesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    /** Two 关键要求 items and two common ones; the key items add up to 9.5 and the sheet to 25.5. */
    private static final Set<String> KEY_ITEMS = Set.of("strategy_1", "results_1");

    private static final Map<String, BigDecimal> HALF_POINT_ITEMS =
            items("political_1", "4", "moral_1", "12", "strategy_1", "6.5", "results_1", "3");
    private static final Map<String, BigDecimal> WHOLE_POINT_ITEMS =
            items("political_1", "4", "moral_1", "12", "strategy_1", "6", "results_1", "3");

    @Test
    void onH2() {
        MigratedDatabase.onH2("v14", SheetTotalsOnBothDatabasesTest::exercise);
    }

    @Test
    void onPostgres() throws Exception {
        MigratedDatabase.onPostgres(SheetTotalsOnBothDatabasesTest::exercise);
    }

    private static void exercise(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        ScoreSheetRepository sheets = new ScoreSheetRepository(jdbc);
        long stored = aNomination(jdbc, "2026-00001", "李四");
        long storedBeforeV14 = aNomination(jdbc, "2026-00002", "王五");

        sheets.insert(sheet(stored, "expert1", HALF_POINT_ITEMS), new BigDecimal("9.5"));
        sheets.insert(sheet(stored, "expert2", WHOLE_POINT_ITEMS), new BigDecimal("9"));
        insertAsBeforeV14(jdbc, sheet(storedBeforeV14, "expert1", HALF_POINT_ITEMS));
        insertAsBeforeV14(jdbc, sheet(storedBeforeV14, "expert2", WHOLE_POINT_ITEMS));

        assertThat(jdbc.queryForList(
                        "select half_points from score_sheet where nomination_id = ? order by id",
                        Boolean.class,
                        stored))
                .containsExactly(true, false);
        Map<Long, List<ScoreSheetTotal>> totals = sheets.totalsByCycle("2026");
        List<ScoreSheetTotal> expected = List.of(
                new ScoreSheetTotal("expert1", new BigDecimal("25.5")),
                new ScoreSheetTotal("expert2", new BigDecimal("25")));
        assertThat(totals.get(stored)).isEqualTo(expected);
        assertThat(totals.get(storedBeforeV14)).isEqualTo(expected);

        Map<Long, List<SheetSubtotalRepository.Subtotal>> subtotals =
                new SheetSubtotalRepository(jdbc).subtotals("2026", List.of(stored, storedBeforeV14), KEY_ITEMS);
        for (long nomination : List.of(stored, storedBeforeV14)) {
            assertThat(subtotals.get(nomination))
                    .extracting(SheetSubtotalRepository.Subtotal::items)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyInAnyOrder(new BigDecimal("9.5"), new BigDecimal("9"));
        }
    }

    private static ScoreSheet sheet(long nominationId, String expert, Map<String, BigDecimal> items) {
        return new ScoreSheet(nominationId, expert, "STAFF", items, "评语", NOW);
    }

    /** As the application stored a sheet before V14: no subtotal, no half-point mark. */
    private static void insertAsBeforeV14(JdbcTemplate jdbc, ScoreSheet sheet) {
        jdbc.update(
                "insert into score_sheet (nomination_id, expert_id, track, total, expert_comment, submitted_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                sheet.nominationId(),
                sheet.expertId(),
                sheet.track(),
                sheet.total(),
                sheet.comment(),
                Timestamp.from(sheet.submittedAt()));
        long sheetId = jdbc.queryForObject("select max(id) from score_sheet", Long.class);
        sheet.items()
                .forEach((item, points) -> jdbc.update(
                        "insert into score_item (sheet_id, item_id, points) values (?, ?, ?)", sheetId, item, points));
    }

    private static Map<String, BigDecimal> items(String... idsAndPoints) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        for (int i = 0; i < idsAndPoints.length; i += 2) {
            items.put(idsAndPoints[i], new BigDecimal(idsAndPoints[i + 1]));
        }
        return items;
    }

    private static long aNomination(JdbcTemplate jdbc, String reference, String name) {
        Timestamp now = Timestamp.from(NOW);
        if (jdbc.queryForObject("select count(*) from award_cycle", Integer.class) == 0) {
            jdbc.update(
                    "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
                            + " values ('2026', '2026年度', 2026, ?, ?, 'P7D', 10, 'OPEN')",
                    now,
                    now);
        }
        jdbc.update(
                "insert into nomination (cycle_id, reference_no, person_key, nominee_name, organization, position,"
                        + " position_level, recommending_unit, recommending_opinion, summary, quality_work_years, status,"
                        + " created_at, name_key, organization_key)"
                        + " values ('2026', ?, ?, ?, '武汉钢铁集团', '班长', 'FRONTLINE', '江岸区', '同意',"
                        + " '事迹', 8, 'EVALUATED', ?, ?, '武汉钢铁集团')",
                reference,
                "k" + reference,
                name,
                now,
                name);
        return jdbc.queryForObject("select id from nomination where reference_no = ?", Long.class, reference);
    }
}
