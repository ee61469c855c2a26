package cn.wuhan.qualityaward.recommender;

/**
 * A nomination as its recommending unit follows it: who and where it stands, never scores, panels or
 * experts.
 *
 * @param stage 已受理 / 形式审查 / 补正中 / 评审中 / 公示中 / 获奖 / 未获奖 / 不予受理 / 撤出名单
 * @param status the precise state behind the stage, e.g. 形式审查未通过 under 不予受理
 * @param filedBy the account that filed it; null for nominations filed before filers were recorded
 */
public record UnitNomination(
        long id,
        String cycleId,
        String referenceNo,
        String nomineeName,
        String organization,
        String recommendingUnit,
        String stage,
        String status,
        String filedBy) {}
