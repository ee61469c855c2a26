package cn.wuhan.qualityaward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Fills the {@code values} of a start form's selects from {@link StartFormChoices} as the engine's API
 * serves the deployed start form ({@code GET …/process-definition/{id}/deployed-start-form}, by key
 * and by key and tenant; Tasklist calls the first under {@code /camunda/api/engine}). The deployed
 * form stays as deployed, bound by deployment; only the answer carries today's options.
 */
public class StartFormChoicesFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<StartFormChoices> providers;

    public StartFormChoicesFilter(List<StartFormChoices> providers) {
        this.providers = providers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiCall call = EngineApiCall.of(request);
        boolean startForm = call != null
                && (call.is("GET", "process-definition", "*", "deployed-start-form")
                        || call.is("GET", "process-definition", "key", "*", "deployed-start-form")
                        || call.is("GET", "process-definition", "key", "*", "tenant-id", "*", "deployed-start-form"));
        if (!startForm || providers.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        byte[] body = captured.getContentAsByteArray();
        if (captured.getStatus() == 200 && body.length > 0) {
            body = filled(body);
        }
        captured.resetBuffer();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The form with its selects' options; anything that is not a form-js schema as it came. */
    byte[] filled(byte[] body) throws IOException {
        JsonNode schema;
        try {
            schema = JSON.readTree(body);
        } catch (IOException notJson) {
            return body;
        }
        if (schema == null || !schema.isObject() || !schema.path("components").isArray()) {
            return body;
        }
        String formId = schema.path("id").asText("");
        Map<String, StartFormChoices.Options> fields = new HashMap<>();
        providers.stream().filter(p -> formId.equals(p.formId())).forEach(p -> fields.putAll(p.choices()));
        if (fields.isEmpty()) {
            return body;
        }
        fill(schema.path("components"), fields);
        return JSON.writeValueAsBytes(schema);
    }

    private static void fill(JsonNode components, Map<String, StartFormChoices.Options> fields) {
        for (JsonNode component : components) {
            if (!(component instanceof ObjectNode field)) {
                continue;
            }
            StartFormChoices.Options options = fields.get(field.path("key").asText(""));
            if (options != null && "select".equals(field.path("type").asText())) {
                ArrayNode values = field.putArray("values");
                options.choices()
                        .forEach(choice ->
                                values.addObject().put("label", choice.label()).put("value", choice.value()));
                field.remove("valuesKey");
                field.remove("valuesExpression");
                if (options.choices().isEmpty()) {
                    field.put("description", options.whenNone());
                }
            }
            if (field.path("components").isArray()) {
                fill(field.path("components"), fields);
            }
        }
    }
}
