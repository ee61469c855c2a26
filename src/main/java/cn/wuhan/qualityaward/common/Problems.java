package cn.wuhan.qualityaward.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field problems while a request is checked, then fails once with all of them. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public Problems add(String field, String code, String message) {
        found.add(new FieldProblem(field, code, message));
        return this;
    }

    /**
     * A text longer than its record holds is refused with its label and limit, not left to fail in
     * the database. Measured after {@code trim()}, the least any service strips before storing: a
     * full-width indent (U+3000) counts.
     */
    public Problems limit(String field, String value, String label, int max) {
        if (value != null && value.trim().length() > max) {
            add(field, "TOO_LONG", label + "不能超过" + max + "个字");
        }
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
