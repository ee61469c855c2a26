package cn.wuhan.qualityaward.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The award's migrations on a database of their own, without the application. */
class NominationKeysMigrationTest {

  @Test
  void nominationsFiledBeforeTheKeysExistedGetTheirKeysFromTheMigration() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:keys-migration;DB_CLOSE_DELAY=-1");
    JdbcTemplate jdbc = new JdbcTemplate(database);
    Flyway.configure().dataSource(database).locations("classpath:db/migration").target("1").load().migrate();
    jdbc.update(
        "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
            + " values ('2025', '2025年度', 2025, current_timestamp, current_timestamp, 'P7D', 10, 'ANNOUNCED')");
    jdbc.update(
        "insert into nomination (cycle_id, person_key, nominee_name, organization, position, position_level,"
            + " recommending_unit, recommending_opinion, summary, quality_work_years, status, created_at)"
            + " values ('2025', 'NAME:李　四|x', '李　四', '武汉光谷测试（集团）有限公司', '质量总监', 'SENIOR',"
            + " '东湖高新区', '同意推荐', '事迹', 10, 'AWARDED', current_timestamp)");

    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

    Map<String, Object> row = jdbc.queryForMap("select nominee_name, name_key, organization_key from nomination");
    assertThat(row.get("nominee_name")).isEqualTo("李　四");
    assertThat(row.get("name_key")).isEqualTo("李四");
    assertThat(row.get("organization_key")).isEqualTo("武汉光谷测试(集团)有限公司");
  }
}
