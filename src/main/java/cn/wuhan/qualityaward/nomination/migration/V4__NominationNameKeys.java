package cn.wuhan.qualityaward.nomination.migration;

import cn.wuhan.qualityaward.common.CanonicalText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway V4: each nomination gets the {@link CanonicalText#key keys} of its nominee's name and organisation,
 * so that a second filing of the same person is found by an indexed comparison. Java, not SQL:
 * neither H2 nor PostgreSQL computes NFKC with the same result, so the keys of existing rows are
 * computed here, by the code that computes them for new ones. The statements are plain SQL that
 * both databases run. A Spring bean handed to Flyway, as V2 is, beside the nomination's code.
 */
@Component
public class V4__NominationNameKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            // NFKC may lengthen text (one character can become up to 18): room for 50 and 200 characters
            ddl.execute("alter table nomination add column name_key varchar(1000)");
            ddl.execute("alter table nomination add column organization_key varchar(4000)");
        }
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select id, nominee_name, organization from nomination");
                PreparedStatement update = connection.prepareStatement(
                        "update nomination set name_key = ?, organization_key = ? where id = ?")) {
            while (rows.next()) {
                update.setString(1, CanonicalText.key(rows.getString(2)));
                update.setString(2, CanonicalText.key(rows.getString(3)));
                update.setLong(3, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table nomination alter column name_key set not null");
            ddl.execute("alter table nomination alter column organization_key set not null");
            ddl.execute("create index ix_nomination_name_key on nomination (cycle_id, name_key)");
        }
    }
}
