package cn.wuhan.qualityaward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What the engine's REST API lets a person do that the award does not (README "The trust rule"):
 *
 * <ul>
 *   <li><b>Anything but reading, claiming, completing and starting.</b> Outside the administrator, a
 *       call that changes something must be one of those ({@link #mayChange}); queries sent as POST are
 *       reads. Everything else the engine would allow with a task grant or the office's rights is
 *       refused: a {@code bpmnError} or {@code bpmnEscalation} would end a task outside its form and
 *       write any variable, a {@code restart} would revive a finished nomination at a step of one's
 *       choice, a comment or attachment would pass text to the next person on the task.
 *   <li><b>Working jobs by hand.</b> The engine counts a refused {@code POST job/{id}/execute} as a
 *       failed run: it takes a retry and moves the due date to now, so anyone who knows a timer's id
 *       could end a nomination, scoring or notice period early, or freeze it. Every change to a job or
 *       job definition is the administrator's alone.
 *   <li><b>Task queries by variable value.</b> A filter such as {@code processVariables=expert_eq_expert2}
 *       answers yes or no about variables the person cannot read (who else sits on the panel, how many
 *       have scored). Outside the office and the administrator, task and filter queries carry no
 *       variable conditions.
 * </ul>
 */
public class EngineOperationsGuardFilter extends OncePerRequestFilter {

    static final List<String> VARIABLE_CONDITIONS =
            List.of("processVariables", "taskVariables", "caseInstanceVariables", "caseExecutionVariables");

    /** Sorting by a variable's value orders tasks by what the person cannot read: an oracle as well. */
    private static final Set<String> VARIABLE_SORTINGS = Set.of(
            "processVariable", "executionVariable", "taskVariable", "caseInstanceVariable", "caseExecutionVariable");

    /** Resources whose POST (and POST …/count) is a query, not a change. */
    private static final Set<String> QUERIES =
            Set.of("task", "process-instance", "execution", "variable-instance", "external-task");

    /** History resources whose POST (and POST …/count) is a query. */
    private static final Set<String> HISTORY_QUERIES = Set.of(
            "process-instance",
            "activity-instance",
            "task",
            "variable-instance",
            "detail",
            "incident",
            "job-log",
            "decision-instance",
            "external-task-log",
            "identity-link-log",
            "user-operation",
            "batch");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Predicate<HttpServletRequest> isAdministrator;
    private final Predicate<HttpServletRequest> seesEverything;

    public EngineOperationsGuardFilter(
            Predicate<HttpServletRequest> isAdministrator, Predicate<HttpServletRequest> seesEverything) {
        this.isAdministrator = isAdministrator;
        this.seesEverything = seesEverything;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiCall call = EngineApiCall.of(request);
        if (call == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!mayChange(call) && !isAdministrator.test(request)) {
            boolean office = seesEverything.test(request);
            if (!(office && call.startsWith("filter"))) {
                SubmissionGuardFilter.refuse(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        SubmissionGuardFilter.NOT_ALLOWED,
                        null,
                        "此操作只能由系统管理员执行：各角色只能查看、认领、提交任务和发起流程");
                return;
            }
        }
        boolean changesJobs =
                !call.method().equals("GET") && (call.startsWith("job") || call.startsWith("job-definition"));
        if (changesJobs && !isAdministrator.test(request)) {
            SubmissionGuardFilter.refuse(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    SubmissionGuardFilter.NOT_ALLOWED,
                    null,
                    "只有系统管理员可以执行或修改作业（定时器和异步步骤）");
            return;
        }
        boolean queriesTasks = call.is("GET", "task")
                || call.is("GET", "task", "count")
                || call.is("POST", "task")
                || call.is("POST", "task", "count")
                || call.startsWith("filter", "*", "list")
                || call.startsWith("filter", "*", "count")
                || call.startsWith("filter", "*", "singleResult");
        if (!queriesTasks || seesEverything.test(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean inQuery = VARIABLE_CONDITIONS.stream().anyMatch(name -> request.getParameter(name) != null);
        byte[] body = call.method().equals("POST") ? request.getInputStream().readAllBytes() : new byte[0];
        if (inQuery || conditionsIn(body)) {
            SubmissionGuardFilter.refuse(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    SubmissionGuardFilter.NOT_ALLOWED,
                    null,
                    "任务查询不能按流程变量的值筛选");
            return;
        }
        chain.doFilter(
                call.method().equals("POST") ? new SubmissionGuardFilter.BodyRequest(request, body) : request,
                response);
    }

    /**
     * Whether a person other than the administrator may make this call: reading (GET, and queries sent
     * as POST), claiming, unclaiming and completing a task, starting a process, changing one's password.
     */
    static boolean mayChange(EngineApiCall call) {
        String method = call.method();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        if (method.equals("PUT")) {
            return call.is("PUT", "user", "*", "credentials");
        }
        if (!method.equals("POST")) {
            return false;
        }
        return call.is("POST", "task", "*", "claim")
                || call.is("POST", "task", "*", "unclaim")
                || call.is("POST", "task", "*", "complete")
                || call.is("POST", "task", "*", "submit-form")
                || call.is("POST", "process-definition", "*", "start")
                || call.is("POST", "process-definition", "*", "submit-form")
                || call.is("POST", "process-definition", "key", "*", "start")
                || call.is("POST", "process-definition", "key", "*", "submit-form")
                || call.is("POST", "process-definition", "key", "*", "tenant-id", "*", "start")
                || call.is("POST", "process-definition", "key", "*", "tenant-id", "*", "submit-form")
                || call.is("POST", "filter", "*", "list")
                || call.is("POST", "filter", "*", "count")
                || call.is("POST", "filter", "*", "singleResult")
                || isQuery(call.path());
    }

    private static boolean isQuery(List<String> path) {
        boolean counted = path.get(path.size() - 1).equals("count");
        List<String> resource = counted ? path.subList(0, path.size() - 1) : path;
        return (resource.size() == 1 && QUERIES.contains(resource.get(0)))
                || (resource.size() == 2
                        && resource.get(0).equals("history")
                        && HISTORY_QUERIES.contains(resource.get(1)));
    }

    private static boolean conditionsIn(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            return conditionsIn(JSON.readTree(body));
        } catch (IOException notJson) {
            return false; // the engine answers malformed JSON itself
        }
    }

    /** A variable condition or sorting anywhere in the query, {@code orQueries} included. */
    private static boolean conditionsIn(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            boolean here = VARIABLE_CONDITIONS.stream()
                            .anyMatch(name -> node.hasNonNull(name)
                                    && !(node.get(name).isArray()
                                            && node.get(name).isEmpty()))
                    || (node.path("sortBy").isTextual()
                            && VARIABLE_SORTINGS.contains(node.get("sortBy").asText()));
            if (here) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (conditionsIn(child)) {
                return true;
            }
        }
        return false;
    }
}
