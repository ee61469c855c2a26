package cn.wuhan.qualityaward.progress;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@link ProcessWatch} on the engine's query API. The controller admits only the office, which may
 * read every instance anyway; the reads run without authorization checks so that the history
 * cleanup's own job log, which belongs to no process definition, is visible too.
 */
@Component
class CamundaProcessWatch implements ProcessWatch {

    /** The engine's own metric names for what a cleanup run removed. */
    static final List<String> REMOVED_METRICS = List.of(
            Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES,
            Metrics.HISTORY_CLEANUP_REMOVED_DECISION_INSTANCES,
            Metrics.HISTORY_CLEANUP_REMOVED_BATCH_OPERATIONS,
            Metrics.HISTORY_CLEANUP_REMOVED_TASK_METRICS);

    private final ProcessEngineConfigurationImpl configuration;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;

    CamundaProcessWatch(
            ProcessEngineConfigurationImpl configuration,
            HistoryService history,
            RuntimeService runtime,
            TaskService tasks,
            ManagementService management,
            IdentityService identity) {
        this.configuration = configuration;
        this.history = history;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.identity = identity;
    }

    @Override
    public Map<String, String> instanceIds(String processKey, Collection<String> businessKeys) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (businessKeys.isEmpty()) {
            return ids;
        }
        for (List<String> chunk : chunks(businessKeys)) {
            for (HistoricProcessInstance instance : read(() -> history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(processKey)
                    .processInstanceBusinessKeyIn(chunk.toArray(String[]::new))
                    .orderByProcessInstanceStartTime()
                    .asc()
                    .list())) {
                // a business key started twice keeps its latest instance
                ids.put(instance.getBusinessKey(), instance.getId());
            }
        }
        return ids;
    }

    @Override
    public List<OpenTask> openTasks(Collection<String> instanceIds) {
        List<OpenTask> open = new ArrayList<>();
        for (List<String> chunk : chunks(instanceIds)) {
            for (Task task : read(() -> tasks.createTaskQuery()
                    .processInstanceIdIn(chunk.toArray(String[]::new))
                    .list())) {
                open.add(new OpenTask(
                        task.getProcessInstanceId(),
                        task.getTaskDefinitionKey(),
                        task.getAssignee(),
                        instant(task.getDueDate())));
            }
        }
        return open;
    }

    @Override
    public Optional<Instant> timerDue(String instanceId, String activityId) {
        return read(() -> management
                        .createJobQuery()
                        .processInstanceId(instanceId)
                        .activityId(activityId)
                        .timers()
                        .list())
                .stream()
                .map(Job::getDuedate)
                .filter(Objects::nonNull)
                .map(Date::toInstant)
                .min(Instant::compareTo);
    }

    @Override
    public List<Trouble> troubles(Collection<String> instanceIds) {
        Set<String> wanted = new HashSet<>(instanceIds);
        List<Trouble> found = new ArrayList<>();
        for (Incident incident : read(() ->
                runtime.createIncidentQuery().orderByIncidentTimestamp().asc().list())) {
            if (wanted.contains(incident.getProcessInstanceId())) {
                found.add(new Trouble(
                        "事故",
                        incident.getProcessInstanceId(),
                        incident.getActivityId(),
                        incident.getIncidentMessage(),
                        instant(incident.getIncidentTimestamp()),
                        null));
            }
        }
        for (List<String> chunk : chunks(instanceIds)) {
            for (Job job : read(() -> management
                    .createJobQuery()
                    .processInstanceIds(new HashSet<>(chunk))
                    .withException()
                    .list())) {
                // the activity is read from the job's own record: resolving its definition needs a command context
                String activityId = job.getFailedActivityId();
                found.add(new Trouble(
                        "失败的作业",
                        job.getProcessInstanceId(),
                        activityId,
                        job.getExceptionMessage(),
                        instant(job.getDuedate()),
                        job.getRetries()));
            }
        }
        return found;
    }

    @Override
    public Map<String, String> userNames(Collection<String> userIds) {
        Map<String, String> names = new LinkedHashMap<>();
        for (List<String> chunk : chunks(userIds)) {
            for (User user : read(() -> identity.createUserQuery()
                    .userIdIn(chunk.toArray(String[]::new))
                    .list())) {
                String name = user.getFirstName() == null || user.getFirstName().isBlank()
                        ? user.getId()
                        : user.getFirstName();
                names.put(user.getId(), name);
            }
        }
        return names;
    }

    @Override
    public HistoryCleanup historyCleanup() {
        List<HistoricJobLog> runs = read(() -> history.createHistoricJobLogQuery()
                .jobDefinitionType(HistoryCleanupJobHandler.TYPE)
                .successLog()
                .orderByTimestamp()
                .desc()
                .listPage(0, 1));
        Instant lastRun = runs.isEmpty() ? null : instant(runs.get(0).getTimestamp());
        Map<String, Long> removed = new LinkedHashMap<>();
        for (String metric : REMOVED_METRICS) {
            removed.put(
                    metric,
                    read(() -> management.createMetricsQuery().name(metric).sum()));
        }
        return new HistoryCleanup(
                configuration.getHistoryCleanupBatchWindowStartTime(),
                configuration.getHistoryCleanupBatchWindowEndTime(),
                lastRun,
                removed);
    }

    private <T> T read(Supplier<T> query) {
        return configuration.getCommandExecutorTxRequired().execute(context -> SystemAuthority.call(query));
    }

    /** IN lists stay below the 1,000 items some databases allow. */
    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            chunks.add(all.subList(from, Math.min(all.size(), from + 500)));
        }
        return chunks;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
