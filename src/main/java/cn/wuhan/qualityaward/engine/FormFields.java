package cn.wuhan.qualityaward.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a deployed Camunda Form (form-js schema) lets a person send and shows them.
 *
 * <ul>
 *   <li>{@link #editable()}: keys of input fields that are neither {@code disabled} nor {@code readonly}:
 *       the only variables a submission of the form may carry;
 *   <li>{@link #ignored()}: keys of {@code readonly} fields, which form-js submits although nobody
 *       could change them: dropped from a submission, never written;
 *   <li>{@link #shown()}: every variable the form reads: field keys, {@code valuesKey} option lists,
 *       {@code {{name}}} templates and names in FEEL expressions ({@code =…}).
 * </ul>
 */
public final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Components that display and never submit. */
    private static final Set<String> DISPLAY_TYPES =
            Set.of("text", "html", "image", "table", "separator", "spacer", "button", "iframe", "group", "default");

    private static final Pattern TEMPLATE =
            Pattern.compile("\\{\\{\\s*#?/?\\s*(?:each|if|with)?\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /** Inputs whose value is text whatever its content: nothing but a string may be sent for them. */
    private static final Set<String> TEXT_TYPES = Set.of("textfield", "textarea", "select", "radio", "datetime");

    /** Inputs whose value is yes or no: nothing but a boolean may be sent for them. */
    private static final Set<String> FLAG_TYPES = Set.of("checkbox");

    private final Set<String> editable = new LinkedHashSet<>();
    private final Set<String> text = new LinkedHashSet<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final Set<String> ignored = new LinkedHashSet<>();
    private final Set<String> shown = new LinkedHashSet<>();

    private FormFields() {}

    /** A form that declares nothing: a submission may carry no variable. */
    public static FormFields none() {
        return new FormFields();
    }

    /**
     * @throws IllegalArgumentException when the stream is not a form-js schema
     */
    public static FormFields of(InputStream form) {
        try {
            return of(JSON.readTree(form));
        } catch (IOException notJson) {
            throw new IllegalArgumentException("not a Camunda Form", notJson);
        }
    }

    public static FormFields of(String form) {
        try {
            return of(JSON.readTree(form));
        } catch (IOException notJson) {
            throw new IllegalArgumentException("not a Camunda Form", notJson);
        }
    }

    static FormFields of(JsonNode schema) {
        if (schema == null || !schema.isObject() || !schema.has("components")) {
            throw new IllegalArgumentException("not a Camunda Form");
        }
        FormFields fields = new FormFields();
        fields.visit(schema);
        return fields;
    }

    public Set<String> editable() {
        return Set.copyOf(editable);
    }

    /** The editable fields whose value is text (text fields and areas, selects, radios, date and time). */
    public Set<String> text() {
        return Set.copyOf(text);
    }

    /** The editable fields whose value is yes or no (checkboxes). */
    public Set<String> flags() {
        return Set.copyOf(flags);
    }

    public Set<String> ignored() {
        return Set.copyOf(ignored);
    }

    public Set<String> shown() {
        return Set.copyOf(shown);
    }

    private void visit(JsonNode component) {
        String type = component.path("type").asText("");
        JsonNode key = component.get("key");
        if (key != null && key.isTextual() && !DISPLAY_TYPES.contains(type)) {
            shown.add(key.asText());
            if (component.path("disabled").asBoolean(false)) {
                // shown, never submitted by form-js
            } else if (component.path("readonly").asBoolean(false)) {
                ignored.add(key.asText());
            } else {
                editable.add(key.asText());
                if (TEXT_TYPES.contains(type)) {
                    text.add(key.asText());
                }
                if (FLAG_TYPES.contains(type)) {
                    flags.add(key.asText());
                }
            }
        }
        JsonNode valuesKey = component.get("valuesKey");
        if (valuesKey != null && valuesKey.isTextual()) {
            shown.add(valuesKey.asText());
        }
        Iterator<JsonNode> values = component.elements();
        while (values.hasNext()) {
            JsonNode value = values.next();
            if (value.isTextual()) {
                readNames(value.asText());
            } else if (value.isContainerNode()) {
                visitNested(value);
            }
        }
    }

    private void visitNested(JsonNode node) {
        if (node.isArray()) {
            node.forEach(this::visitNested);
        } else if (node.isObject()) {
            if (node.has("type") || node.has("key")) {
                visit(node);
            } else {
                node.elements().forEachRemaining(value -> {
                    if (value.isTextual()) {
                        readNames(value.asText());
                    } else if (value.isContainerNode()) {
                        visitNested(value);
                    }
                });
            }
        }
    }

    private void readNames(String text) {
        Matcher template = TEMPLATE.matcher(text);
        while (template.find()) {
            shown.add(template.group(1));
        }
        if (text.startsWith("=")) {
            Matcher identifier = IDENTIFIER.matcher(STRING_LITERAL.matcher(text).replaceAll(" "));
            while (identifier.find()) {
                shown.add(identifier.group());
            }
        }
    }
}
