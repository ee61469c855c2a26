package cn.wuhan.qualityaward.engine;

/**
 * A domain's declaration of data the history level {@code full-blind-scoring} records no event for,
 * beside the blind variables of {@code common.BlindVariables}. A port: implemented (as a Spring bean)
 * in the package the data belongs to, so that the engine plumbing knows no domain.
 */
public interface WithheldFromHistory {

    /** Whether a variable of this name (runtime, history or form field) is kept out of history. */
    boolean withholdsVariable(String name);

    /** Whether the evaluations of the decision with this key are kept out of history. */
    boolean withholdsDecision(String decisionKey);
}
