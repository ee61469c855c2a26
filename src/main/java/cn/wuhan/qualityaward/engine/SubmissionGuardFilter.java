package cn.wuhan.qualityaward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The trust rule on the engine's REST API (both {@code /engine-rest} and the web apps' own
 * {@code /camunda/api/engine}): a task completion or form submission carries exactly the editable
 * fields of that task's deployed form, and a process start exactly those of its start form; nobody
 * writes or deletes a task's variables. Anything else is refused before the engine sees it: 400 with
 * the variable named (a completion), 403 (a variable write). Fields a form shows read-only are dropped.
 */
public class SubmissionGuardFilter extends OncePerRequestFilter {

    static final String UNDECLARED = "UNDECLARED_VARIABLE";
    static final String NOT_ALLOWED = "NOT_ALLOWED";
    static final String WRONG_TYPE = "WRONG_TYPE";
    static final String NOT_ASSIGNEE = "NOT_ASSIGNEE";
    /** The value types a form may send; never Object (a Java class named by the sender), File or Bytes. */
    private static final Set<String> PLAIN_TYPES =
            Set.of("string", "boolean", "integer", "long", "short", "double", "date", "null", "json");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DeployedForms forms;
    private final RequestCaller caller;

    public SubmissionGuardFilter(DeployedForms forms, RequestCaller caller) {
        this.forms = forms;
        this.caller = caller;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiCall call = EngineApiCall.of(request);
        if (call == null) {
            chain.doFilter(request, response);
            return;
        }
        if (writesTaskVariables(call)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED, null, "任务的办理人只能查看、认领和提交任务，不能直接修改或删除流程变量");
            return;
        }
        if (call.is("POST", "task", "*", "claim")) {
            byte[] claim = request.getInputStream().readAllBytes();
            if (!claimsForThemselves(claim, request)) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, NOT_ALLOWED, "userId", "只能为自己认领任务，不能替他人认领");
                return;
            }
            chain.doFilter(new BodyRequest(request, claim), response);
            return;
        }
        Optional<FormFields> form = submittedForm(call);
        if (form.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // the engine checks this too (TaskTrustPlugin), but wraps its refusal in an English message that
        // Tasklist's own API answers with 500: refused here, both APIs answer in plain Chinese
        // a task completed by someone else since its form was read is gone: the engine answers 404
        if (completesTask(call)
                && forms.assigneeOf(call.segment(1))
                        .filter(assignee -> !assignee.equals(caller.userId(request)))
                        .isPresent()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, NOT_ASSIGNEE, null, TaskTrustPlugin.NOT_ASSIGNEE);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        JsonNode json;
        try {
            json = body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            json = null; // the engine answers malformed JSON itself
        }
        if (json != null && json.isObject()) {
            if (call.path().get(call.path().size() - 1).equals("start") && hasStartInstructions(json)) {
                refuse(response, 400, NOT_ALLOWED, "startInstructions", "发起流程时不能指定起始节点、关联案例或跳过监听器");
                return;
            }
            ObjectNode submission = (ObjectNode) json;
            JsonNode variables = submission.get("variables");
            if (variables != null && variables.isObject()) {
                List<String> undeclared = new ArrayList<>();
                Set<String> editable = form.get().editable();
                Set<String> ignored = form.get().ignored();
                for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (!editable.contains(name) && !ignored.contains(name)) {
                        undeclared.add(name);
                    }
                }
                List<String> wrongType = wronglyTyped(variables, form.get());
                if (undeclared.isEmpty() && !wrongType.isEmpty()) {
                    refuse(
                            response,
                            400,
                            WRONG_TYPE,
                            wrongType,
                            "字段“" + String.join("、", wrongType) + "”的值类型不正确：只接受文本、数字、是否、日期或选项列表，本次提交未保存");
                    return;
                }
                if (!undeclared.isEmpty()) {
                    refuse(
                            response,
                            400,
                            UNDECLARED,
                            undeclared,
                            "提交内容含有表单中没有的字段：" + String.join("、", undeclared) + "。只能提交表单上可填写的内容，本次提交未保存");
                    return;
                }
                ignored.forEach(((ObjectNode) variables)::remove);
                // the answer would carry every variable of the instance, the panel's among them
                submission.remove("withVariablesInReturn");
                body = JSON.writeValueAsBytes(submission);
            }
        }
        chain.doFilter(new BodyRequest(request, body), response);
    }

    /** A claim names the person claiming: handing a task to someone else is not work on it. */
    private boolean claimsForThemselves(byte[] body, HttpServletRequest request) {
        String user = caller.userId(request);
        try {
            JsonNode claim = body.length == 0 ? null : JSON.readTree(body);
            String claimant = claim == null ? null : claim.path("userId").asText(null);
            return user != null && user.equals(claimant);
        } catch (IOException notJson) {
            return false;
        }
    }

    /**
     * Variables sent with a type a form never sends, as anything but text for a text field, or as
     * anything but true or false for a checkbox.
     */
    private static List<String> wronglyTyped(JsonNode variables, FormFields form) {
        List<String> wrong = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode variable = field.getValue();
            String type = variable.path("type").isTextual()
                    ? variable.path("type").asText().toLowerCase(Locale.ROOT)
                    : null;
            boolean namesAClass = variable.path("valueInfo").has("objectTypeName");
            boolean plain = type == null || PLAIN_TYPES.contains(type);
            JsonNode value = variable.path("value");
            // without a type the engine takes the JSON value's own: a number sent for a radio is a number
            boolean text = type == null
                    ? value.isMissingNode() || value.isNull() || value.isTextual()
                    : type.equals("string") || type.equals("null");
            // "true" as text or 1 would be taken for no: a declared conflict of interest was dropped so
            boolean flag = type == null
                    ? value.isMissingNode() || value.isNull() || value.isBoolean()
                    : type.equals("boolean") || type.equals("null");
            if (namesAClass
                    || !plain
                    || (form.text().contains(field.getKey()) && !text)
                    || (form.flags().contains(field.getKey()) && !flag)) {
                wrong.add(field.getKey());
            }
        }
        return wrong;
    }

    private static boolean writesTaskVariables(EngineApiCall call) {
        return !call.method().equals("GET")
                && !call.method().equals("HEAD")
                && !call.method().equals("OPTIONS")
                && call.path().size() >= 3
                && call.path().get(0).equals("task")
                && (call.path().get(2).equals("variables") || call.path().get(2).equals("localVariables"));
    }

    private static boolean completesTask(EngineApiCall call) {
        return call.is("POST", "task", "*", "complete")
                || call.is("POST", "task", "*", "submit-form")
                || call.is("POST", "task", "*", "resolve");
    }

    /** The form whose fields the request may carry; empty when the request submits no form. */
    private Optional<FormFields> submittedForm(EngineApiCall call) {
        if (completesTask(call)) {
            // a task that does not exist (any more) is the engine's to answer: 404
            return forms.ofTask(call.segment(1));
        }
        if (call.is("POST", "process-definition", "*", "start")
                || call.is("POST", "process-definition", "*", "submit-form")) {
            return forms.ofStart(call.segment(1));
        }
        if (call.is("POST", "process-definition", "key", "*", "start")
                || call.is("POST", "process-definition", "key", "*", "submit-form")) {
            return startFormOf(call.segment(2), null);
        }
        if (call.is("POST", "process-definition", "key", "*", "tenant-id", "*", "start")
                || call.is("POST", "process-definition", "key", "*", "tenant-id", "*", "submit-form")) {
            return startFormOf(call.segment(2), call.segment(4));
        }
        return Optional.empty();
    }

    private Optional<FormFields> startFormOf(String key, String tenantId) {
        return forms.latestDefinitionId(key, tenantId).flatMap(forms::ofStart);
    }

    private static boolean hasStartInstructions(JsonNode start) {
        JsonNode instructions = start.get("startInstructions");
        return (instructions != null && !instructions.isNull() && !(instructions.isArray() && instructions.isEmpty()))
                || (start.hasNonNull("caseInstanceId")
                        && !start.path("caseInstanceId").asText().isEmpty())
                || start.path("skipCustomListeners").asBoolean(false)
                || start.path("skipIoMappings").asBoolean(false);
    }

    static void refuse(HttpServletResponse response, int status, String code, Object fields, String message)
            throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", status == 403 ? "AuthorizationException" : "InvalidRequestException");
        body.put("code", code);
        body.put("message", message);
        ArrayNode errors = body.putArray("errors");
        if (fields instanceof List<?> names) {
            names.forEach(name -> errors.addObject()
                    .put("field", String.valueOf(name))
                    .put("code", code)
                    .put("message", WRONG_TYPE.equals(code) ? "“" + name + "”的值类型不正确" : "表单中没有“" + name + "”"));
        } else if (fields != null) {
            errors.addObject()
                    .put("field", String.valueOf(fields))
                    .put("code", code)
                    .put("message", message);
        }
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    /** The request with its body read once and handed on, changed or not. */
    static final class BodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
