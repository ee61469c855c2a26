package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.engine.ProcessVariable;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The personal data of a nomination that the engine must never keep: the nominee's resident ID
 * number, sensitive personal information (个人信息保护法 art. 28; GB/T 35273 lists 身份证件号码 among
 * it), and every input of the eligibility decision about misconduct or incidents. They come in as start
 * variables (Tasklist's start form, {@code POST /api/nominations}); the register step stores them in
 * the award's tables and removes them in the start's own transaction, the history level
 * {@code full-blind-scoring} records no event for them, and the eligibility decision, whose inputs
 * they are, is evaluated from the tables and leaves no decision history.
 */
public final class PersonalData {

    /**
     * Marks a field of the 申报表 ({@link NominationRequest}) as personal data of this kind: the register
     * step removes it at once and history never records it.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.RECORD_COMPONENT)
    public @interface Sensitive {}

    /** Start variables (the fields of forms/nomination.form and of the API's filing) marked {@link Sensitive}. */
    public static final Set<String> START_VARIABLES = NominationRequest.sensitiveFields();

    /** The misconduct inputs of the eligibility decision, under the names the decision table reads. */
    public static final Set<String> DECISION_INPUTS = names(
            NominationProcess.Variables.YEARS_SINCE_MAJOR_INCIDENT,
            NominationProcess.Variables.YEARS_SINCE_ILLEGAL_CONDUCT,
            NominationProcess.Variables.YEARS_SINCE_BAD_CREDIT,
            NominationProcess.Variables.YEARS_SINCE_AWARD_FRAUD);

    /** Decisions (by key) whose inputs are personal data: they are evaluated without history. */
    public static final Set<String> DECISIONS = Set.of(NominationProcess.ELIGIBILITY_DECISION);

    private static final Set<String> VARIABLES =
            Stream.concat(START_VARIABLES.stream(), DECISION_INPUTS.stream()).collect(Collectors.toUnmodifiableSet());

    private PersonalData() {}

    /** Whether a variable of this name (runtime, history or form field) holds personal data. */
    public static boolean isPersonalVariable(String name) {
        return name != null && VARIABLES.contains(name);
    }

    public static boolean isPersonalDecision(String decisionKey) {
        return decisionKey != null && DECISIONS.contains(decisionKey);
    }

    private static Set<String> names(ProcessVariable<?>... variables) {
        return Stream.of(variables).map(ProcessVariable::name).collect(Collectors.toUnmodifiableSet());
    }
}
