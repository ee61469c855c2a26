package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** A named, typed process variable: one place for its name, no casts at the call sites. */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    public static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    public String name() {
        return name;
    }

    /** The value, or null when the variable is absent. */
    public T from(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    public T required(VariableScope scope) {
        T value = from(scope);
        if (value == null) {
            throw new IllegalStateException("process variable '" + name + "' is missing");
        }
        return value;
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /**
     * Sets the value on this scope for the rest of the transaction only: for the gateway or timer that
     * reads it in the same step. It is never stored nor in history (it costs no rows), and nobody can
     * rewrite it between the step that decides and the one that reads. An instance started on an
     * older model, which stored it, keeps storing it (the engine refuses a transient value over a
     * stored one).
     */
    public void setForThisStep(VariableScope scope, T value) {
        TypedValue stored = scope.getVariableLocalTyped(name);
        if (stored != null && !stored.isTransient()) {
            scope.setVariableLocal(name, value);
            return;
        }
        scope.setVariableLocal(name, Variables.untypedValue(value, true));
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    private T convert(Object value) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (value instanceof Number number) {
            // a whole-number variable (an id, a version number) never takes 1.9 as 1
            if ((type == Long.class || type == Integer.class)
                    && number.doubleValue() != Math.rint(number.doubleValue())) {
                throw wrongType();
            }
            if (type == Long.class) {
                return type.cast(number.longValue());
            }
            if (type == Integer.class) {
                return type.cast(number.intValue());
            }
            if (type == Double.class) {
                return type.cast(number.doubleValue());
            }
        }
        if (type == String.class) {
            return type.cast(String.valueOf(value));
        }
        if (value instanceof String text && (type == Long.class || type == Integer.class)) {
            try {
                return type == Long.class
                        ? type.cast(Long.valueOf(text.trim()))
                        : type.cast(Integer.valueOf(text.trim()));
            } catch (NumberFormatException e) {
                throw wrongType();
            }
        }
        throw wrongType();
    }

    /** A value of another type comes from a form or a REST client, so it is the caller's to fix. */
    private RuntimeException wrongType() {
        return Refusal.of(InvalidInputException.of(name, "WRONG_TYPE", "“" + name + "”的值类型不正确，应为" + typeLabel()));
    }

    private String typeLabel() {
        if (type == Integer.class || type == Long.class) {
            return "整数";
        }
        if (type == Double.class) {
            return "数字";
        }
        if (type == Boolean.class) {
            return "是或否（true/false）";
        }
        if (type == Date.class) {
            return "日期时间";
        }
        return type.getSimpleName();
    }
}
