package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A list kept as a JSON variable, the shape Tasklist submits for checklists and reads for a field's
 * options ({@code valuesKey}).
 */
public final class JsonListVariable {

    private final String name;

    private JsonListVariable(String name) {
        this.name = name;
    }

    public static JsonListVariable of(String name) {
        return new JsonListVariable(name);
    }

    public String name() {
        return name;
    }

    /** The elements as text; an absent variable is an empty list. */
    public List<String> from(VariableScope scope) {
        Object value = scope.getVariable(name);
        List<String> elements = new ArrayList<>();
        if (value == null) {
            return elements;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(e -> elements.add(String.valueOf(e)));
            return elements;
        }
        SpinJsonNode node = value instanceof SpinJsonNode json ? json : parse(String.valueOf(value));
        if (node == null || !node.isArray()) {
            throw notAList();
        }
        for (SpinJsonNode element : node.elements()) {
            if (element.isString()) {
                elements.add(element.stringValue());
            } else if (element.isNumber()) {
                elements.add(String.valueOf(element.numberValue()));
            } else {
                throw notAList();
            }
        }
        return elements;
    }

    private static SpinJsonNode parse(String text) {
        try {
            return Spin.JSON(text);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    /** A checklist comes from a form or a REST client, so anything else is the caller's to fix. */
    private RuntimeException notAList() {
        return Refusal.of(InvalidInputException.of(name, "WRONG_TYPE", "“" + name + "”须为选项值的列表，例如 [\"1\", \"2\"]"));
    }

    public void set(VariableScope scope, SpinJsonNode value) {
        scope.setVariable(name, SpinValues.jsonValue(value).create());
    }
}
