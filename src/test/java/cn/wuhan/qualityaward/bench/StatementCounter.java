package cn.wuhan.qualityaward.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements the application sends, by {@link Kind} and by table, while a phase is
 * open ({@link #during}); statements outside a phase are not counted. A statement of a JDBC batch
 * counts once per parameter set, as the database executes it once per row. A statement's table is
 * the one it inserts into, updates or deletes from, or, for a query, the first table after its
 * own {@code FROM} (joined tables and subqueries in its select list are not counted again).
 */
final class StatementCounter implements QueryExecutionListener {

    /** What a statement does. */
    enum Kind {
        INSERT,
        UPDATE,
        DELETE,
        SELECT,
        OTHER
    }

    /** A phase's counts: per table, one count per {@link Kind}. */
    static final class Tally {
        private final Map<String, AtomicLongArray> byTable = new ConcurrentHashMap<>();
        private final AtomicLong roundTrips = new AtomicLong();

        /** Executions sent to the database: a JDBC batch of many statements is one. */
        long roundTrips() {
            return roundTrips.get();
        }

        void add(String table, Kind kind, long statements) {
            byTable.computeIfAbsent(table, t -> new AtomicLongArray(Kind.values().length))
                    .addAndGet(kind.ordinal(), statements);
        }

        long count(String table, Kind kind) {
            AtomicLongArray counts = byTable.get(table);
            return counts == null ? 0 : counts.get(kind.ordinal());
        }

        long count(Kind kind) {
            return byTable.keySet().stream().mapToLong(t -> count(t, kind)).sum();
        }

        long total(String table) {
            long sum = 0;
            for (Kind kind : Kind.values()) {
                sum += count(table, kind);
            }
            return sum;
        }

        long total() {
            return byTable.keySet().stream().mapToLong(this::total).sum();
        }

        /** Rows inserted into the engine's history tables ({@code ACT_HI_*}). */
        long historyRowsWritten() {
            return byTable.keySet().stream()
                    .filter(t -> t.startsWith("ACT_HI_"))
                    .mapToLong(t -> count(t, Kind.INSERT))
                    .sum();
        }

        /** The tables, in name order. */
        List<String> tables() {
            return List.copyOf(new TreeMap<>(byTable).keySet());
        }
    }

    private static final Pattern WRITTEN_TABLE =
            Pattern.compile("^\\s*(?:insert\\s+into|update|delete\\s+from)\\s+([\\w.$\"]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ_TABLE = Pattern.compile("\\bfrom\\s+([\\w.$\"]+)", Pattern.CASE_INSENSITIVE);

    private volatile Tally current;

    /** The data source, with every statement reported to this counter. */
    DataSource wrap(DataSource dataSource) {
        return ProxyDataSourceBuilder.create(dataSource)
                .name("bench")
                .listener(this)
                .build();
    }

    /** Runs {@code work} with its statements, on any thread, counted into {@code tally}. */
    <T> T during(Tally tally, Supplier<T> work) {
        current = tally;
        try {
            return work.get();
        } finally {
            current = null;
        }
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        Tally tally = current;
        if (tally == null) {
            return;
        }
        tally.roundTrips.incrementAndGet();
        for (QueryInfo query : queries) {
            long statements =
                    execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
            tally.add(table(query.getQuery()), kind(query.getQuery()), statements);
        }
    }

    static Kind kind(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("insert")) {
            return Kind.INSERT;
        }
        if (start.startsWith("update")) {
            return Kind.UPDATE;
        }
        if (start.startsWith("delete")) {
            return Kind.DELETE;
        }
        if (start.startsWith("select") || start.startsWith("with")) {
            return Kind.SELECT;
        }
        return Kind.OTHER;
    }

    /** The statement's table in upper case without schema or quotes, or {@code (none)}. */
    static String table(String sql) {
        Matcher written = WRITTEN_TABLE.matcher(sql);
        String name = written.find() ? written.group(1) : readTable(sql);
        if (name == null) {
            return "(none)";
        }
        name = name.replace("\"", "");
        return name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }

    /**
     * The first table after a {@code FROM} of the query itself, outside parentheses, so that a
     * subquery in the select list does not count for the statement; when the query's own {@code
     * FROM} is a subquery, the first table in it.
     */
    private static String readTable(String sql) {
        Matcher read = READ_TABLE.matcher(sql);
        String first = null;
        while (read.find()) {
            if (first == null) {
                first = read.group(1);
            }
            if (depth(sql, read.start()) == 0) {
                return read.group(1);
            }
        }
        return first;
    }

    private static int depth(String sql, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = sql.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }
}
