package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.identity.Groups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * What the engine alone costs for one nomination's user tasks: a process with nothing but the same
 * user tasks (formal review and track assignment for the office, then one parallel scoring task
 * per expert), completed by the same people, on the same engine, history level and database.
 */
final class EngineFloor {

    static final String KEY = "benchEngineFloor";
    private static final String EXPERTS = "experts";

    private final ProcessEngine engine;
    private final List<String> panel;

    EngineFloor(ProcessEngine engine, List<String> panel) {
        this.engine = engine;
        this.panel = panel;
    }

    /** Formal review, track assignment and one scoring task per panel seat. */
    int userTasksPerInstance() {
        return 2 + panel.size();
    }

    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                .camundaHistoryTimeToLive(180)
                .startEvent()
                .userTask("formalReview")
                .camundaCandidateGroups(Groups.OFFICE)
                .userTask("assignTrack")
                .camundaCandidateGroups(Groups.OFFICE)
                .userTask("score")
                .camundaAssignee("${expert}")
                .multiInstance()
                .parallel()
                .camundaCollection("${" + EXPERTS + "}")
                .camundaElementVariable("expert")
                .multiInstanceDone()
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(KEY + ".bpmn", model)
                .deploy();
    }

    /** Runs {@code count} instances to their end; returns the elapsed nanoseconds. */
    long run(int count) {
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            // an ArrayList, as the nomination's panel: the engine deserializes only the JDK's plain collections
            ProcessInstance instance = engine.getRuntimeService()
                    .startProcessInstanceByKey(KEY, "floor-" + i, Map.of(EXPERTS, new ArrayList<>(panel)));
            completeAs(StaffUser.office(), instance.getId());
            completeAs(StaffUser.office(), instance.getId());
            for (String expert : panel) {
                completeAs(StaffUser.expert(expert), instance.getId());
            }
        }
        return System.nanoTime() - started;
    }

    private void completeAs(StaffUser user, String instanceId) {
        TaskService tasks = engine.getTaskService();
        IdentityService identity = engine.getIdentityService();
        Task task = user.assignee()
                ? tasks.createTaskQuery()
                        .processInstanceId(instanceId)
                        .taskAssignee(user.id())
                        .singleResult()
                : tasks.createTaskQuery()
                        .processInstanceId(instanceId)
                        .taskCandidateGroup(Groups.OFFICE)
                        .singleResult();
        identity.setAuthentication(user.id(), user.groups());
        try {
            tasks.claim(task.getId(), user.id()); // as Tasklist does before a group task is completed
            tasks.complete(task.getId());
        } finally {
            identity.clearAuthentication();
        }
    }
}
