package cn.wuhan.qualityaward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AwardIntegrationTest
public class EngineIndexesTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theEnginesVariablesAreIndexedByScopeAndNameOnH2() throws SQLException {
        assertThat(columnsOfIndex(dataSource, "ACT_RU_VARIABLE", "ACT_IDX_AWARD_VAR_SCOPE_NAME"))
                .containsExactly("VAR_SCOPE_", "NAME_");
    }

    /** The columns of a table's index, in order, upper case; empty when there is no such index. */
    public static List<String> columnsOfIndex(DataSource dataSource, String table, String index) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            // PostgreSQL keeps unquoted names in lower case, H2 in upper case
            for (String name : List.of(table, table.toLowerCase(Locale.ROOT))) {
                try (ResultSet rs = meta.getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                            columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return columns;
    }
}
