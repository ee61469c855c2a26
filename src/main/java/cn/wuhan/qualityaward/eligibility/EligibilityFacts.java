package cn.wuhan.qualityaward.eligibility;

/**
 * The inputs of the eligibility decision. "Years since" is null when the event never happened; the
 * thresholds themselves live in the decision table.
 */
public record EligibilityFacts(
        int qualityWorkYears,
        Integer yearsSinceMajorIncident,
        Integer yearsSinceIllegalConduct,
        Integer yearsSinceBadCredit,
        Integer yearsSinceAwardFraud,
        Integer yearsSinceLastAward) {

    public static Integer yearsSince(Integer eventYear, int cycleYear) {
        return eventYear == null ? null : cycleYear - eventYear;
    }
}
