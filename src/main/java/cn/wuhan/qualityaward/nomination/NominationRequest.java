package cn.wuhan.qualityaward.nomination;

import java.util.List;
import java.util.Locale;

/**
 * A nomination as filed by the office. Years of past incidents are the calendar year of the latest
 * one, or null when there was none. {@code claimedConditions} matter for 其他人员 only.
 */
public record NominationRequest(
        String cycleId,
        String nomineeName,
        String idNumber,
        String organization,
        String position,
        String positionLevel,
        String recommendingUnit,
        String recommendingOpinion,
        String summary,
        Integer qualityWorkYears,
        Integer majorIncidentYear,
        Integer illegalConductYear,
        Integer badCreditYear,
        Integer awardFraudYear,
        Integer lastAwardYear,
        Boolean materialsDeclaredTrue,
        List<ClaimedCondition> claimedConditions) {

    public NominationRequest {
        claimedConditions = claimedConditions == null ? List.of() : List.copyOf(claimedConditions);
    }

    /** The same filing for another recommending unit: a recommender's own, whatever the form said. */
    public NominationRequest withRecommendingUnit(String unit) {
        return new NominationRequest(
                cycleId,
                nomineeName,
                idNumber,
                organization,
                position,
                positionLevel,
                unit,
                recommendingOpinion,
                summary,
                qualityWorkYears,
                majorIncidentYear,
                illegalConductYear,
                badCreditYear,
                awardFraudYear,
                lastAwardYear,
                materialsDeclaredTrue,
                claimedConditions);
    }

    /** Surrounding blanks gone, an empty ID number absent, its check letter upper-case. */
    public NominationRequest normalized() {
        String id =
                idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(Locale.ROOT);
        return new NominationRequest(
                cycleId == null ? null : cycleId.strip(),
                nomineeName,
                id,
                organization,
                position,
                positionLevel,
                recommendingUnit,
                recommendingOpinion,
                summary,
                qualityWorkYears,
                majorIncidentYear,
                illegalConductYear,
                badCreditYear,
                awardFraudYear,
                lastAwardYear,
                materialsDeclaredTrue,
                claimedConditions);
    }
}
