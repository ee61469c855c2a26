package cn.wuhan.qualityaward.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.MigratedDatabase;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Migration V12 and the drafts' statements, the seat's lock included, on both databases the award runs on. */
class ScoreDraftsOnBothDatabasesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    @Test
    void onH2() {
        MigratedDatabase.onH2("v12", ScoreDraftsOnBothDatabasesTest::exercise);
    }

    @Test
    void onPostgres() throws Exception {
        MigratedDatabase.onPostgres(ScoreDraftsOnBothDatabasesTest::exercise);
    }

    private static void exercise(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        long nominationId = aNominationWithASeatFor(jdbc, "expert1");
        ScoreDraftRepository drafts = new ScoreDraftRepository(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
        ScoreDraft draft = new ScoreDraft(
                nominationId,
                "expert1",
                Map.of("political_1", new BigDecimal("1"), "results_2", new BigDecimal("3.5")),
                "草稿评语",
                NOW);

        Boolean seated = transaction.execute(status -> {
            boolean locked = drafts.lockSeat(nominationId, "expert1");
            drafts.delete(nominationId, "expert1");
            drafts.insert(draft);
            return locked;
        });

        assertThat(seated).isTrue();
        Boolean unseated = transaction.execute(status -> drafts.lockSeat(nominationId, "expert2"));
        assertThat(unseated).isFalse();
        assertThat(drafts.find(nominationId, "expert1")).hasValueSatisfying(found -> {
            assertThat(found.items()).containsOnlyKeys("political_1", "results_2");
            assertThat(found.items().get("results_2")).isEqualByComparingTo("3.5");
            assertThat(found.comment()).isEqualTo("草稿评语");
            assertThat(found.savedAt()).isEqualTo(NOW);
        });

        drafts.deleteAll(nominationId);

        assertThat(drafts.find(nominationId, "expert1")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from score_draft_item", Integer.class))
                .isZero();
    }

    private static long aNominationWithASeatFor(JdbcTemplate jdbc, String expert) {
        Timestamp now = Timestamp.from(NOW);
        jdbc.update(
                "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
                        + " values ('2026', '2026年度', 2026, ?, ?, 'P7D', 10, 'OPEN')",
                now,
                now);
        jdbc.update(
                "insert into nomination (cycle_id, reference_no, person_key, nominee_name, organization, position,"
                        + " position_level, recommending_unit, recommending_opinion, summary, quality_work_years, status,"
                        + " created_at, name_key, organization_key)"
                        + " values ('2026', '2026-00001', 'k', '李四', '武汉钢铁集团', '班长', 'FRONTLINE', '江岸区', '同意',"
                        + " '事迹', 8, 'IN_EVALUATION', ?, '李四', '武汉钢铁集团')",
                now);
        long nominationId = jdbc.queryForObject("select id from nomination", Long.class);
        jdbc.update(
                "insert into panel_member (nomination_id, expert_id, leader, assigned_at) values (?, ?, true, ?)",
                nominationId,
                expert,
                now);
        return nominationId;
    }
}
