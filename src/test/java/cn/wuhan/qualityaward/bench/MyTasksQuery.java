package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.nomination.NominationProcess;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;

/**
 * An expert opening Tasklist on the "我的待办" filter: the first page of their tasks, newest first,
 * the filter's count, and the variables shown on each task card, all under the expert's own
 * authorizations.
 */
final class MyTasksQuery {

    static final int PAGE = 15;
    private static final String MY_TASKS_FILTER = "我的待办";
    private static final String[] CARD_VARIABLES = {
        NominationProcess.Variables.NOMINEE_NAME.name(),
        NominationProcess.Variables.REFERENCE_NO.name(),
        NominationProcess.Variables.TRACK_LABEL.name(),
        "cycleName"
    };

    private final ProcessEngine engine;
    private final String filterId;

    MyTasksQuery(ProcessEngine engine) {
        this.engine = engine;
        Filter filter = engine.getFilterService()
                .createFilterQuery()
                .filterName(MY_TASKS_FILTER)
                .singleResult();
        this.filterId = filter.getId();
    }

    /** Latencies in nanoseconds of {@code times} queries after a warm-up. */
    long[] time(StaffUser expert, int times) {
        for (int i = 0; i < Math.min(20, times); i++) {
            once(expert);
        }
        long[] latencies = new long[times];
        parts = new long[3][times];
        for (int i = 0; i < times; i++) {
            round = i;
            long started = System.nanoTime();
            once(expert);
            latencies[i] = System.nanoTime() - started;
        }
        Arrays.sort(latencies);
        for (long[] part : parts) {
            Arrays.sort(part);
        }
        return latencies;
    }

    /** Medians of the page, the count and the card variables, in milliseconds. */
    String partMedians() {
        return String.format(
                Locale.ROOT,
                "page %.1f, count %.1f, variables %.1f",
                percentileMillis(parts[0], 50),
                percentileMillis(parts[1], 50),
                percentileMillis(parts[2], 50));
    }

    private long[][] parts = new long[3][1];
    private int round;

    private void part(int index, long started) {
        parts[index][Math.min(round, parts[index].length - 1)] = System.nanoTime() - started;
    }

    /** The tasks shown on the first page; checks they are the expert's own and the page is full. */
    List<Task> once(StaffUser expert) {
        engine.getIdentityService().setAuthentication(expert.id(), expert.groups());
        try {
            long started = System.nanoTime();
            List<Task> page = engine.getFilterService()
                    .listPage(
                            filterId,
                            engine.getTaskService()
                                    .createTaskQuery()
                                    .orderByTaskCreateTime()
                                    .desc(),
                            0,
                            PAGE);
            part(0, started);
            started = System.nanoTime();
            long count = engine.getFilterService().count(filterId);
            part(1, started);
            // the scopes Tasklist's filter API asks the card variables of: each task, its execution and
            // its instance (FilterResourceImpl#getVariableScopeIds)
            Set<String> scopes = new LinkedHashSet<>();
            for (Task task : page) {
                if (!expert.id().equals(task.getAssignee())) {
                    throw new IllegalStateException("someone else's task on " + expert.id() + "'s page");
                }
                scopes.add(task.getId());
                scopes.add(task.getExecutionId());
                scopes.add(task.getProcessInstanceId());
            }
            if (page.size() != Math.min(PAGE, count)) {
                throw new IllegalStateException(page.size() + " tasks on a page of " + count);
            }
            started = System.nanoTime();
            if (!scopes.isEmpty()) {
                engine.getRuntimeService()
                        .createVariableInstanceQuery()
                        .disableBinaryFetching()
                        .disableCustomObjectDeserialization()
                        .variableScopeIdIn(scopes.toArray(String[]::new))
                        .variableNameIn(CARD_VARIABLES)
                        .list();
            }
            part(2, started);
            return page;
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static double percentileMillis(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
