package cn.wuhan.qualityaward.nomination.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.IdNumberProtection;
import cn.wuhan.qualityaward.nomination.migration.V2__ProtectIdNumbers;
import cn.wuhan.qualityaward.nomination.migration.V4__NominationNameKeys;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V13 on a database holding materials: documents uploaded before it stay in force, and a deletion
 * afterwards keeps the document on record; on H2 and PostgreSQL.
 */
class DocumentDeletionMigrationTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void materialsUploadedBeforeTheMigrationStayInForceAndADeletionKeepsThemOnRecordOnH2() {
        migrateAndDelete(
                new DriverManagerDataSource("jdbc:h2:mem:v13-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void materialsUploadedBeforeTheMigrationStayInForceAndADeletionKeepsThemOnRecordOnPostgres() throws Exception {
        try (var postgres = EmbeddedPostgres.builder().start()) {
            migrateAndDelete(postgres.getPostgresDatabase());
        }
    }

    private static void migrateAndDelete(DataSource database) {
        flyway(database).target("11").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(database);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline, notice_period, quota, status)"
                        + " values ('2025', '2025年度', 2025, ?, ?, 'P7D', 10, 'NOMINATING')",
                now,
                now);
        jdbc.update(
                "insert into nomination (cycle_id, person_key, nominee_name, organization, position, position_level,"
                        + " recommending_unit, recommending_opinion, summary, quality_work_years, status, created_at,"
                        + " name_key, organization_key)"
                        + " values ('2025', 'NAME:李四|x', '李四', '测试公司', '质量总监', 'SENIOR',"
                        + " '东湖高新区', '同意推荐', '事迹', 10, 'FORMAL_REVIEW', ?, '李四', '测试公司')",
                now);
        long nominationId = jdbc.queryForObject("select id from nomination", Long.class);
        jdbc.update(
                "insert into nomination_document (nomination_id, file_name, content_type, size_bytes, sha256, content,"
                        + " uploaded_by, uploaded_at) values (?, '申报书.pdf', 'application/pdf', ?, 'x', ?, 'office', ?)",
                nominationId,
                PDF.length,
                PDF,
                now);

        flyway(database).load().migrate();
        DocumentRepository documents = new DocumentRepository(jdbc);
        long documentId = documents.findByNomination(nominationId).get(0).id();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertThat(documents.markDeleted(nominationId, documentId, "office", at))
                .isTrue();
        assertThat(documents.markDeleted(nominationId, documentId, "office", at))
                .as("deleted once only")
                .isFalse();
        assertThat(documents.findByNomination(nominationId)).isEmpty();
        assertThat(documents.findContent(nominationId, documentId, false)).isEmpty();
        assertThat(documents.findContent(nominationId, documentId, true))
                .hasValueSatisfying(kept -> assertThat(kept.content()).isEqualTo(PDF));
        assertThat(documents.findDeletedByNomination(nominationId))
                .singleElement()
                .satisfies(deleted -> {
                    assertThat(deleted.deletedBy()).isEqualTo("office");
                    assertThat(deleted.deletedAt()).isEqualTo(at);
                    assertThat(deleted.document().fileName()).isEqualTo("申报书.pdf");
                });
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
