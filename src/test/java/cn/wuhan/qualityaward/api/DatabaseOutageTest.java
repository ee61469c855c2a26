package cn.wuhan.qualityaward.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

class DatabaseOutageTest {

    @Test
    void aPoolThatCannotHandOutAConnectionIsAnOutage() {
        var timeout =
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out");

        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("query failed", timeout)))
                .isTrue();
    }

    @Test
    void aLostConnectionHiddenBehindAFailedRollbackIsAnOutage() {
        var lost = new ProcessEngineException("persistence", new SQLException("An I/O error occurred", "08006"));
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(lost);

        assertThat(DatabaseOutage.causedBy(new RuntimeException("request failed", rollback)))
                .isTrue();
    }

    @Test
    void aRefusedInputOrAConstraintViolationIsNoOutage() {
        assertThat(DatabaseOutage.causedBy(new BadUserRequestException("refused")))
                .isFalse();
        assertThat(DatabaseOutage.causedBy(
                        new ProcessEngineException("duplicate", new SQLException("unique", "23505"))))
                .isFalse();
    }
}
