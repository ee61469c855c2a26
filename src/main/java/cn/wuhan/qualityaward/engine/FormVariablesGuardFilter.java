package cn.wuhan.qualityaward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What a person reads through a task is what its form shows: a task's variables come from every
 * scope above it (the panel, the leader, a multi-instance body's {@code nrOf*Instances}), so for
 * everyone but the award office and the administrator the task's {@code form-variables} and
 * {@code variables} are cut down to the variables its deployed form reads and its Tasklist card shows.
 */
public class FormVariablesGuardFilter extends OncePerRequestFilter {

    /** A name no variable has, so that an empty selection selects nothing rather than everything. */
    static final String NOTHING = "__none__";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeployedForms forms;
    private final Predicate<HttpServletRequest> seesEverything;

    /**
     * @param seesEverything whether the caller of a request reads the whole process anyway (the office,
     *     the administrator), so nothing needs cutting
     */
    public FormVariablesGuardFilter(DeployedForms forms, Predicate<HttpServletRequest> seesEverything) {
        this.forms = forms;
        this.seesEverything = seesEverything;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiCall call = EngineApiCall.of(request);
        boolean formVariables = call != null && call.is("GET", "task", "*", "form-variables");
        boolean allVariables = call != null && call.is("GET", "task", "*", "variables");
        boolean oneVariable = call != null
                && (call.is("GET", "task", "*", "variables", "*")
                        || call.is("GET", "task", "*", "variables", "*", "data"));
        if (!(formVariables || allVariables || oneVariable) || seesEverything.test(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<FormFields> form = forms.ofTask(call.segment(1));
        if (form.isEmpty()) {
            chain.doFilter(request, response); // the engine answers 404 for a task that does not exist
            return;
        }
        Set<String> readable = new LinkedHashSet<>(form.get().shown());
        readable.addAll(TaskCard.VARIABLES);
        if (oneVariable) {
            if (readable.contains(call.segment(3))) {
                chain.doFilter(request, response);
            } else {
                SubmissionGuardFilter.refuse(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        SubmissionGuardFilter.NOT_ALLOWED,
                        call.segment(3),
                        "该变量不在任务表单中，不能读取");
            }
            return;
        }
        if (formVariables) {
            chain.doFilter(
                    new SelectedNames(request, selection(request.getParameter("variableNames"), readable)), response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] body = captured.getContentAsByteArray();
        if (captured.getStatus() == 200 && body.length > 0) {
            JsonNode variables = JSON.readTree(body);
            if (variables.isObject()) {
                for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
                    if (!readable.contains(names.next())) {
                        names.remove();
                    }
                }
                body = JSON.writeValueAsBytes((ObjectNode) variables);
            }
        }
        captured.resetBuffer();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String selection(String requested, Set<String> readable) {
        Set<String> names = new LinkedHashSet<>();
        if (requested == null || requested.isBlank()) {
            names.addAll(readable);
        } else {
            Arrays.stream(requested.split(","))
                    .map(String::trim)
                    .filter(readable::contains)
                    .forEach(names::add);
        }
        return names.isEmpty() ? NOTHING : String.join(",", names);
    }

    /** The request with its {@code variableNames} parameter replaced. */
    private static final class SelectedNames extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;
        private final String query;

        SelectedNames(HttpServletRequest request, String variableNames) {
            super(request);
            Map<String, String[]> changed = new HashMap<>(request.getParameterMap());
            changed.put("variableNames", new String[] {variableNames});
            this.parameters = Collections.unmodifiableMap(changed);
            StringBuilder query = new StringBuilder();
            changed.forEach((name, values) -> {
                for (String value : values) {
                    if (!query.isEmpty()) {
                        query.append('&');
                    }
                    query.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                            .append('=')
                            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            });
            this.query = query.toString();
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
