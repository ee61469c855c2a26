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

/** V4 on a database that V1 filled: nominations filed before get their name and organisation keys; on H2 and PostgreSQL. */
class NominationNameKeysMigrationTest {

    @Test
    void nominationsFiledBeforeTheKeysExistedGetTheirKeysOnH2() {
        migrateFilledDatabase(
                new DriverManagerDataSource("jdbc:h2:mem:v4-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void nominationsFiledBeforeTheKeysExistedGetTheirKeysOnPostgres() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            migrateFilledDatabase(postgres.getPostgresDatabase());
        }
    }

    private static void migrateFilledDatabase(DataSource database) {
        flyway(database).target("1").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
                        + " values ('2025', '2025年度', 2025, ?, ?, 'P7D', 10, 'ANNOUNCED')",
                now,
                now);
        jdbc.update(
                "insert into nomination (cycle_id, person_key, nominee_name, organization, position, position_level,"
                        + " recommending_unit, recommending_opinion, summary, quality_work_years, status, created_at)"
                        + " values ('2025', 'NAME:李　四|x', '李　四', '武汉光谷测试（集团）有限公司', '质量总监', 'SENIOR',"
                        + " '东湖高新区', '同意推荐', '事迹', 10, 'AWARDED', ?)",
                now);

        flyway(database).load().migrate();

        Map<String, Object> row = jdbc.queryForMap("select nominee_name, name_key, organization_key from nomination");
        assertThat(row.get("nominee_name")).isEqualTo("李　四");
        assertThat(row.get("name_key")).isEqualTo("李四");
        assertThat(row.get("organization_key")).isEqualTo("武汉光谷测试(集团)有限公司");
    }

    private static FluentConfiguration flyway(DataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .javaMigrations(
                        new V2__ProtectIdNumbers(new IdNumberProtection("a-key-of-sixteen-characters-or-more")),
                        new V4__NominationNameKeys());
    }
}
