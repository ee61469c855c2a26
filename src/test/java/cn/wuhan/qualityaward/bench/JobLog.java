package cn.wuhan.qualityaward.bench;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs and timers, counted from the engine's job log ({@code ACT_HI_JOB_LOG}, written under full
 * history): how many were created, executed and deleted unexecuted (a timer whose task was completed
 * first), apart for the engine floor's process and for everything else (the award's processes and
 * the batches they start).
 */
final class JobLog {

    /** One {@code JOB_STATE_} of the job log, Camunda's {@code JobState}. */
    enum State {
        CREATED(0),
        FAILED(1),
        SUCCESSFUL(2),
        DELETED(3);

        final int code;

        State(int code) {
            this.code = code;
        }
    }

    /** Counts by (floor or not, timer or not, state), as read at one moment. */
    record Snapshot(Map<String, Long> counts) {

        long count(boolean floor, boolean timer, State state) {
            return counts.getOrDefault(key(floor, timer, state.code), 0L);
        }

        /** What was logged between {@code earlier} and this snapshot. */
        Snapshot minus(Snapshot earlier) {
            Map<String, Long> delta = new HashMap<>(counts);
            earlier.counts.forEach((k, v) -> delta.merge(k, -v, Long::sum));
            return new Snapshot(delta);
        }
    }

    private final JdbcTemplate jdbc;

    JobLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot read() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(
                "select PROCESS_DEF_KEY_, JOB_DEF_TYPE_, JOB_STATE_, count(*) from ACT_HI_JOB_LOG"
                        + " group by PROCESS_DEF_KEY_, JOB_DEF_TYPE_, JOB_STATE_",
                row -> {
                    boolean floor = EngineFloor.KEY.equals(row.getString(1));
                    String type = row.getString(2);
                    boolean timer = type != null && type.startsWith("timer");
                    counts.merge(key(floor, timer, row.getInt(3)), row.getLong(4), Long::sum);
                });
        return new Snapshot(counts);
    }

    private static String key(boolean floor, boolean timer, int state) {
        return floor + "/" + timer + "/" + state;
    }
}
