package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.engine.ProcessVariable;
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

    /** Start variables (the fields of forms/nomination.form and of the API's filing). */
    public static final Set<String> START_VARIABLES = names(
            NominationProcess.Variables.ID_NUMBER,
            NominationProcess.Variables.MAJOR_INCIDENT_YEAR,
            NominationProcess.Variables.ILLEGAL_CONDUCT_YEAR,
            NominationProcess.Variables.BAD_CREDIT_YEAR,
            NominationProcess.Variables.AWARD_FRAUD_YEAR);

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
