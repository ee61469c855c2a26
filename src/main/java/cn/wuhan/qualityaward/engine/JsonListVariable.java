package cn.wuhan.qualityaward.engine;

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
    SpinJsonNode node = value instanceof SpinJsonNode json ? json : Spin.JSON(String.valueOf(value));
    if (!node.isArray()) {
      throw new IllegalArgumentException("variable '" + name + "' is not a list");
    }
    for (SpinJsonNode element : node.elements()) {
      elements.add(element.isString() ? element.stringValue() : String.valueOf(element.numberValue()));
    }
    return elements;
  }

  public void set(VariableScope scope, SpinJsonNode value) {
    scope.setVariable(name, SpinValues.jsonValue(value).create());
  }
}
