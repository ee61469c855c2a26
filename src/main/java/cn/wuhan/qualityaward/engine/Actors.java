package cn.wuhan.qualityaward.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine right now, for the records; "system" for timers and jobs. */
public final class Actors {

    /**
     * Set by {@link TaskTrustPlugin} on the execution of a task being completed, never persisted:
     * the assignee who completed it, checked against the authenticated user.
     */
    static final String COMPLETED_BY = "completedBy";

    private Actors() {}

    public static String current(DelegateExecution execution) {
        Authentication authentication =
                execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }

    /**
     * The person who just completed the user task before this step, in the same transaction: the
     * task's assignee, who is also the authenticated user whenever one is set. Null when the task was
     * completed by the system or never claimed.
     */
    public static String completedBy(DelegateExecution execution) {
        Object value = execution.getVariable(COMPLETED_BY);
        return value == null ? null : String.valueOf(value);
    }
}
