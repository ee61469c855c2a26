package cn.wuhan.qualityaward.api;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a failure because the database cannot be reached from any other failure. */
public final class DatabaseOutage {

    public static final String CODE = "DATABASE_UNAVAILABLE";
    public static final String MESSAGE = "数据库暂时无法连接，请稍后重试；已保存的工作不受影响。";
    /** Seconds a caller should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private DatabaseOutage() {}

    public static boolean causedBy(Throwable failure) {
        Deque<Throwable> toSee = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        toSee.push(failure);
        while (!toSee.isEmpty()) {
            Throwable t = toSee.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t.getCause() != null) {
                toSee.push(t.getCause());
            }
            // a rollback on a dead connection fails too, and hides the failure that caused it here
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                toSee.push(rollback.getApplicationException());
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException
                || t instanceof CannotGetJdbcConnectionException
                || t instanceof CannotCreateTransactionException) {
            return true;
        }
        // class 08: connection exception; 57P01-57P03: the server is shutting down or starting up
        return t instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"));
    }
}
