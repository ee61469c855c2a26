package cn.wuhan.qualityaward.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the process engine knows about a cycle's instances, read for the 评选进度 page. Implemented
 * on the engine's public query API; every read is a query, nothing is changed.
 */
public interface ProcessWatch {

    /** Instance ids (running or finished) of the process {@code processKey}, by business key. */
    Map<String, String> instanceIds(String processKey, Collection<String> businessKeys);

    /** The open user tasks of these instances. */
    List<OpenTask> openTasks(Collection<String> instanceIds);

    /** When the timer {@code activityId} of this instance fires, if it is waiting. */
    Optional<Instant> timerDue(String instanceId, String activityId);

    /** Incidents and failed jobs (a job with an exception, retries left or not) of these instances. */
    List<Trouble> troubles(Collection<String> instanceIds);

    /** The names people are shown by (a user's first name holds the whole Chinese name), by user id. */
    Map<String, String> userNames(Collection<String> userIds);

    /** The last run of the engine's history cleanup, and what the cleanup has removed since it began. */
    HistoryCleanup historyCleanup();

    /** An open user task: whose, due when. */
    record OpenTask(String instanceId, String taskKey, String assignee, Instant due) {}

    /**
     * An incident ({@code kind} = 事故) or a failed job ({@code kind} = 失败的作业) in one instance.
     * {@code retries} is null for an incident.
     */
    record Trouble(String kind, String instanceId, String activityId, String message, Instant since, Integer retries) {}

    /**
     * The engine's history cleanup: its daily window ({@code HH:mm} in the server's time zone, null when
     * none is set), when it last ran (null: never), and the rows it removed in that run, by metric
     * ({@code history-cleanup-removed-process-instances} …), as reported by the engine's metrics.
     */
    record HistoryCleanup(String windowStart, String windowEnd, Instant lastRun, Map<String, Long> removed) {}
}
