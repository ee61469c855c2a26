package cn.wuhan.qualityaward.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variables as a client of Camunda's REST API sends them: {@code {"name": {"value": …, "type": …}}}.
 * Without a type the engine takes the JSON value's own type, as a form that sends text for a number does.
 */
public final class RestVariables {

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private RestVariables() {}

    public static RestVariables variables() {
        return new RestVariables();
    }

    /** Every entry of the map, each with the type of its JSON value. */
    public static RestVariables of(Map<String, Object> values) {
        RestVariables rest = new RestVariables();
        values.forEach(rest::with);
        return rest;
    }

    public RestVariables with(String name, Object value) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("value", value);
        variables.put(name, entry);
        return this;
    }

    /** A JSON variable, the shape Tasklist submits for a checklist. */
    public RestVariables json(String name, String json) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("value", json);
        entry.put("type", "Json");
        variables.put(name, entry);
        return this;
    }

    /** The body of {@code /task/{id}/complete}, {@code /submit-form} and a start form's {@code /submit-form}. */
    public Map<String, Object> body() {
        return Map.of("variables", new LinkedHashMap<>(variables));
    }
}
