package cn.wuhan.qualityaward.fullcycle;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.engine.EngineIndexesTest;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.EmbeddedPostgres;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same cycle on a real PostgreSQL that the test starts itself. Its context is closed after the
 * class, while the server still runs, so nothing waits on a stopped database at exit.
 */
@AwardIntegrationTest
@DirtiesContext
class FullCycleOnPostgresTest extends FullCycleScenario {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.register(registry);
        // a second engine in this JVM; the default one stays with the shared H2 context
        registry.add("camunda.bpm.process-engine-name", () -> "postgres");
        // no web apps here: closing a context that has them clears the web apps' JVM-wide engine lookup
        // (Cockpit's runtime delegate) under the shared context's Tasklist
        registry.add("camunda.bpm.webapp.enabled", () -> "false");
    }

    @Autowired
    DataSource dataSource;

    @Test
    void theEnginesVariablesAreIndexedByScopeAndNameOnPostgres() throws SQLException {
        assertThat(EngineIndexesTest.columnsOfIndex(dataSource, "ACT_RU_VARIABLE", "ACT_IDX_AWARD_VAR_SCOPE_NAME"))
                .containsExactly("VAR_SCOPE_", "NAME_");
    }
}
