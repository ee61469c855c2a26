package cn.wuhan.qualityaward.nomination.migration;

import cn.wuhan.qualityaward.nomination.IdNumberProtection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway V2: the nominee's resident ID number leaves the award's table. Adds {@code id_number_hash}
 * (HMAC-SHA256 with {@code award.personal-data.key}, 64 hex digits) and {@code id_number_last4}, fills
 * them for every stored nomination, rewrites the ID-based {@code person_key} ({@code ID:<number>} →
 * {@code ID:<hash>}) so duplicates are still found, and drops {@code id_number}. In Java because SQL has
 * no portable HMAC; a Spring bean, which Spring Boot hands to Flyway, because it needs the key. It is kept
 * outside {@code db/migration}, where Flyway would also find it and create it without a key.
 */
@Component
public class V2__ProtectIdNumbers extends BaseJavaMigration {

    private final IdNumberProtection idNumbers;

    public V2__ProtectIdNumbers(IdNumberProtection idNumbers) {
        this.idNumbers = idNumbers;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        jdbc.execute("alter table nomination add column id_number_hash varchar(64)");
        jdbc.execute("alter table nomination add column id_number_last4 varchar(4)");
        List<Map<String, Object>> rows =
                jdbc.queryForList("select id, id_number from nomination where id_number is not null");
        for (Map<String, Object> row : rows) {
            String number = ((String) row.get("id_number")).strip().toUpperCase(Locale.ROOT);
            String hash = idNumbers.hash(number);
            jdbc.update(
                    // a filing with an ID number always had the key ID:<number>
                    "update nomination set id_number_hash = ?, id_number_last4 = ?, person_key = ? where id = ?",
                    hash,
                    IdNumberProtection.lastFour(number),
                    "ID:" + hash,
                    row.get("id"));
        }
        jdbc.execute("alter table nomination drop column id_number");
    }
}
