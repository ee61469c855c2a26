package cn.wuhan.qualityaward.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own tables lack for the queries Tasklist sends, created once the engine has
 * built or updated its schema (a Flyway script may run before the engine's tables exist), on H2 and
 * PostgreSQL alike, idempotently.
 *
 * <ul>
 *   <li>{@code ACT_IDX_AWARD_VAR_SCOPE_NAME} on {@code ACT_RU_VARIABLE (VAR_SCOPE_, NAME_)}: a filter's
 *       card variables are fetched by variable scope (the listed tasks, their executions and
 *       instances) and name; without it every page of "my tasks" scanned every variable of every
 *       open instance (README, "Benchmark").
 * </ul>
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES =
            List.of("create index if not exists ACT_IDX_AWARD_VAR_SCOPE_NAME on ACT_RU_VARIABLE (VAR_SCOPE_, NAME_)");

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource =
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(index);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the engine's indexes could not be created: " + e.getMessage(), e);
        }
        LOG.debug("engine indexes in place: {}", INDEXES.size());
    }
}
