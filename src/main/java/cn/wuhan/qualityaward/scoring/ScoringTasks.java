package cn.wuhan.qualityaward.scoring;

import java.util.Optional;

/**
 * The open 专家评分 tasks, as the engine keeps them: a port, so that the draft's rules read the task
 * without importing Camunda.
 */
public interface ScoringTasks {

    /**
     * The open scoring task with this id, if the authenticated caller may see it at all; empty for an
     * unknown id, another kind of task, a finished one, or one the engine does not show the caller.
     */
    Optional<ScoringTask> open(String taskId);

    /** A scoring task: its nomination and the expert it is assigned to. */
    record ScoringTask(String taskId, long nominationId, String assignee) {}
}
