package cn.wuhan.qualityaward.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.api.Conflict;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.support.MigratedDatabase;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration V10 and the criteria versions on both databases the award runs on: the shipped rubric
 * becomes version 1 on a database that already holds a cycle, which is pinned to it; a cycle is
 * pinned once, to a published version only.
 */
class CriteriaVersionsOnBothDatabasesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void onH2() {
        MigratedDatabase.onH2("v10", CriteriaVersionsOnBothDatabasesTest::exercise);
    }

    @Test
    void onPostgres() throws Exception {
        MigratedDatabase.onPostgres(CriteriaVersionsOnBothDatabasesTest::exercise);
    }

    private static void exercise(DataSource database) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update(
                "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
                        + " values ('2021', '2021年度', 2021, ?, ?, 'P7D', 10, 'NOTICE')",
                Timestamp.from(NOW),
                Timestamp.from(NOW));
        CriteriaService criteria =
                new CriteriaService(new CriteriaRepository(jdbc), Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));

        criteria.seedShippedRubric();
        criteria.seedShippedRubric(); // a second node, or a restart: nothing more

        CriteriaVersion shipped = criteria.get(1);
        assertThat(criteria.list()).hasSize(1);
        assertThat(shipped.status()).isEqualTo(CriteriaStatus.PUBLISHED);
        assertThat(shipped.publishedAt()).isEqualTo(NOW);
        assertThat(shipped.rubric()).isEqualTo(RubricLoader.load());
        assertThat(criteria.versionOf("2021"))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(1));

        jdbc.update(
                "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
                        + " values ('2026', '2026年度', 2026, ?, ?, 'P7D', 10, 'OPEN')",
                Timestamp.from(NOW),
                Timestamp.from(NOW));
        CriteriaVersion draft = criteria.importDraft(new CriteriaDocument("2026 试行", RubricLoader.load()), "office");
        assertThat(draft.id()).isEqualTo(2);
        assertThatThrownBy(() -> criteria.pin("2026", draft.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("评选周期只能采用已发布的评定标准版本，“2026 试行”为草稿");
        assertThat(criteria.versionOf("2026")).isEmpty();

        criteria.publish(draft.id(), "office");
        criteria.pin("2026", draft.id());

        // publishing a new version changes nothing for a cycle already running
        assertThat(criteria.versionOf("2021"))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(1));

        assertThat(criteria.versionOf("2026"))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(2));
        assertThatThrownBy(() -> criteria.pin("2026", 1))
                .isInstanceOf(Conflict.class)
                .extracting(e -> ((Conflict) e).code())
                .isEqualTo("CYCLE_ALREADY_PINNED");
        assertThat(criteria.published()).extracting(CriteriaSummary::id).containsExactly(2L, 1L);

        // the score forms a cycle still needs, read under a lock on its pin (select … for update)
        assertThat(criteria.scoreFormsToDeploy("2026"))
                .containsOnlyKeys("score-senior-manager", "score-middle-manager", "score-staff");
        criteria.recordCycleForm("2026", "score-staff", 7);
        assertThat(criteria.cycleFormVersion("2026", "score-staff")).contains(7);
        assertThat(criteria.scoreFormsToDeploy("2026"))
                .containsOnlyKeys("score-senior-manager", "score-middle-manager");
        assertThat(criteria.cycleFormVersion("2021", "score-staff")).isEmpty();

        criteria.retire(1);
        assertThat(criteria.published()).extracting(CriteriaSummary::id).containsExactly(2L);
        assertThat(criteria.versionOf("2021")).hasValueSatisfying(v -> {
            assertThat(v.status()).isEqualTo(CriteriaStatus.RETIRED);
            assertThat(v.rubric()).isEqualTo(RubricLoader.load());
        });
    }
}
