package cn.wuhan.qualityaward.nomination.migration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.IdNumberProtection;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V2 on a database that V1 filled: every stored ID number becomes its keyed hash and last four
 * characters, the ID-based person key follows, and the raw column is gone; on H2 and on PostgreSQL.
 */
class ProtectIdNumbersMigrationTest {

    private static final String ID_NUMBER = "42011119770505002x";
    private final IdNumberProtection protection = new IdNumberProtection("a-key-of-sixteen-characters-or-more");

    @Test
    void storedIdNumbersBecomeHashAndLastFourOnH2() {
        DataSource h2 =
                new DriverManagerDataSource("jdbc:h2:mem:v2-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        migrateFilledDatabase(h2);
    }

    @Test
    void storedIdNumbersBecomeHashAndLastFourOnPostgres() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            migrateFilledDatabase(postgres.getPostgresDatabase());
        }
    }

    private void migrateFilledDatabase(DataSource database) {
        flyway(database).target("1").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
                        + " values ('2025', '2025年度', 2025, ?, ?, 'P7D', 10, 'OPEN')",
                now,
                now);
        long withId = insertNomination(jdbc, "ID:" + ID_NUMBER, ID_NUMBER, now);
        long withoutId = insertNomination(jdbc, "NAME:李娜|武汉某公司", null, now);

        flyway(database).load().migrate();

        String hash = protection.hash("42011119770505002X");
        Map<String, Object> migrated = jdbc.queryForMap("select * from nomination where id = ?", withId);
        assertThat(migrated)
                .doesNotContainKey("id_number")
                .containsEntry("id_number_hash", hash)
                .containsEntry("id_number_last4", "002X")
                .containsEntry("person_key", "ID:" + hash);
        assertThat(migrated.values())
                .noneMatch(v -> v != null && v.toString().toUpperCase().contains("42011119770505"));
        assertThat(jdbc.queryForMap("select * from nomination where id = ?", withoutId))
                .containsEntry("id_number_hash", null)
                .containsEntry("id_number_last4", null)
                .containsEntry("person_key", "NAME:李娜|武汉某公司");
    }

    private FluentConfiguration flyway(DataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(new V2__ProtectIdNumbers(protection));
    }

    private static long insertNomination(JdbcTemplate jdbc, String personKey, String idNumber, Timestamp at) {
        jdbc.update(
                "insert into nomination (cycle_id, person_key, nominee_name, id_number, organization, position, position_level,"
                        + " recommending_unit, recommending_opinion, summary, quality_work_years, status, created_at)"
                        + " values ('2025', ?, '李娜', ?, '武汉某公司', '质量部部长', 'MIDDLE', '某推荐单位', '同意', '事迹', 12, 'RECEIVED', ?)",
                personKey,
                idNumber,
                at);
        return jdbc.queryForObject("select max(id) from nomination", Long.class);
    }
}
