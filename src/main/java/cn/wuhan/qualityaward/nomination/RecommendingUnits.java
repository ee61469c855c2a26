package cn.wuhan.qualityaward.nomination;

/**
 * The recommending units (推荐单位) as a nomination needs them: who files for which unit and who speaks
 * for a nomination's unit. A port: the {@code recommender} package, which builds on nominations,
 * implements it.
 */
public interface RecommendingUnits {

    /**
     * Registers a filing and who filed it. A recommender's filing carries its own unit; a member of
     * {@code recommenders} without a unit is refused (400 {@code NO_RECOMMENDING_UNIT}).
     */
    Nomination register(NominationRequest request, String filedBy, boolean inRecommendersGroup);

    /** Whether this account speaks for the nomination's recommending unit. */
    boolean speaksFor(String userId, long nominationId);

    /** Whether this account may add materials to the nomination now: its unit's, still being checked. */
    boolean mayAddMaterials(String userId, long nominationId);
}
