package cn.wuhan.qualityaward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two things the engine's REST API lets a person do that the award does not:
 *
 * <ul>
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

    private static boolean conditionsIn(byte[] body) {
        if (body.length == 0) {
            return false;
        }
        try {
            JsonNode query = JSON.readTree(body);
            return query != null
                    && VARIABLE_CONDITIONS.stream()
                            .anyMatch(name -> query.hasNonNull(name)
                                    && !(query.get(name).isArray()
                                            && query.get(name).isEmpty()));
        } catch (IOException notJson) {
            return false; // the engine answers malformed JSON itself
        }
    }
}
