package cn.wuhan.qualityaward.engine;

import java.util.List;
import java.util.Map;

/**
 * The options of a start form's select fields, read from the award's tables each time Tasklist
 * fetches the form (Tasklist loads no variables into a start form, so a {@code valuesKey} would stay
 * empty). Implemented by the domain that owns the options; {@link StartFormChoicesFilter} writes them
 * into the served form. The submission is still checked against the tables by the process.
 */
public interface StartFormChoices {

    /** The form-js schema {@code id} of the start form whose selects this fills, e.g. {@code objection}. */
    String formId();

    /** By field key, the options now; a key the form lacks is ignored. */
    Map<String, Options> choices();

    /** One option: the text shown (as text) and the value submitted. */
    record Choice(String label, String value) {}

    /**
     * @param whenNone shown under the field when there is no option, saying why and what to do
     */
    record Options(List<Choice> choices, String whenNone) {}
}
