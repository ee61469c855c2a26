package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.nomination.NominationProcess;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    Filter filter = engine.getFilterService().createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
    this.filterId = filter.getId();
  }

  /** Latencies in nanoseconds of {@code times} queries after a warm-up. */
  long[] time(StaffUser expert, int times) {
    for (int i = 0; i < Math.min(20, times); i++) {
      once(expert);
    }
    long[] latencies = new long[times];
    for (int i = 0; i < times; i++) {
      long started = System.nanoTime();
      once(expert);
      latencies[i] = System.nanoTime() - started;
    }
    Arrays.sort(latencies);
    return latencies;
  }

  /** The tasks shown on the first page; checks they are the expert's own and the page is full. */
  List<Task> once(StaffUser expert) {
    engine.getIdentityService().setAuthentication(expert.id(), expert.groups());
    try {
      List<Task> page =
          engine.getFilterService()
              .listPage(filterId, engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, PAGE);
      long count = engine.getFilterService().count(filterId);
      List<String> instances = new ArrayList<>();
      for (Task task : page) {
        if (!expert.id().equals(task.getAssignee())) {
          throw new IllegalStateException("someone else's task on " + expert.id() + "'s page");
        }
        instances.add(task.getProcessInstanceId());
      }
      if (page.size() != Math.min(PAGE, count)) {
        throw new IllegalStateException(page.size() + " tasks on a page of " + count);
      }
      if (!instances.isEmpty()) {
        engine.getRuntimeService()
            .createVariableInstanceQuery()
            .processInstanceIdIn(instances.toArray(String[]::new))
            .variableNameIn(CARD_VARIABLES)
            .list();
      }
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
