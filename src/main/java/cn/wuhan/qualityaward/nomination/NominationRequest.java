package cn.wuhan.qualityaward.nomination;

/**
 * A nomination as filed by the office. Years of past incidents are the calendar year of the latest
 * one, or null when there was none.
 */
public record NominationRequest(
    String cycleId,
    String nomineeName,
    String idNumber,
    String organization,
    String position,
    String recommendingUnit,
    String recommendingOpinion,
    String summary,
    Integer qualityWorkYears,
    Integer majorIncidentYear,
    Integer illegalConductYear,
    Integer badCreditYear,
    Integer awardFraudYear,
    Integer lastAwardYear,
    Boolean materialsDeclaredTrue) {}
