package cn.wuhan.qualityaward.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one declaration of the process variables that are blind: only in flight while one person's task
 * completes, stored in the award's tables by that task's step and then removed, and never seen by
 * anyone else (no other task, REST call or history query). They are an expert's score sheet (评分表)
 * and a committee member's ballot (表决票), on the shortlist or on an objection.
 *
 * <p>Read by the score-sheet form generator, the history level {@code full-blind-scoring} (no event for
 * them), the steps that store and then remove them, and the checks that name their fields in a refusal.
 * A blind variable is recognised by its group's prefix because a score sheet's item keys come from the
 * rubric ({@link #scoreItem(String)}), not from a fixed list.
 */
public final class BlindVariables {

    /** Every key of an expert's score-sheet form starts with this. */
    public static final String SCORE_SHEET_PREFIX = "score_";
    /** Every key of a committee member's ballot form (shortlist or objection) starts with this. */
    public static final String BALLOT_PREFIX = "ballot_";

    /** The expert's comment (评语) on the sheet, text. */
    public static final String SCORE_COMMENT = SCORE_SHEET_PREFIX + "comment";
    /** The conflict-of-interest declaration (利益冲突声明) at the top of the sheet, boolean. */
    public static final String CONFLICT_DECLARED = SCORE_SHEET_PREFIX + "conflictDeclared";
    /** What the conflict is, text; required when one is declared. */
    public static final String CONFLICT_REASON = SCORE_SHEET_PREFIX + "conflictReason";

    /** Shortlisted nominations the member agrees to, a JSON list of nomination ids. */
    public static final String BALLOT_AGREE = BALLOT_PREFIX + "agree";
    /** Shortlisted nominations the member disagrees with, a JSON list of nomination ids. */
    public static final String BALLOT_DISAGREE = BALLOT_PREFIX + "disagree";
    /** A member's vote on an objection's finding. */
    public static final String OBJECTION_VOTE = BALLOT_PREFIX + "objectionVote";
    /** A member's note on that vote. */
    public static final String OBJECTION_NOTE = BALLOT_PREFIX + "objectionNote";

    private BlindVariables() {}

    /** The key of one rubric item's points on the score sheet: {@code score_<itemId>}. */
    public static String scoreItem(String itemId) {
        return SCORE_SHEET_PREFIX + itemId;
    }

    public static boolean isScoreSheet(String name) {
        return name != null && name.startsWith(SCORE_SHEET_PREFIX);
    }

    public static boolean isBallot(String name) {
        return name != null && name.startsWith(BALLOT_PREFIX);
    }

    /** Whether a variable of this name (runtime, history or form field) is blind. */
    public static boolean isBlind(String name) {
        return isScoreSheet(name) || isBallot(name);
    }

    /** Item points by item id, from whatever variables a score-sheet submission carried. */
    public static Map<String, Object> scoreItems(Map<String, Object> variables) {
        Map<String, Object> items = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (isScoreSheet(name)
                    && !SCORE_COMMENT.equals(name)
                    && !CONFLICT_DECLARED.equals(name)
                    && !CONFLICT_REASON.equals(name)) {
                items.put(name.substring(SCORE_SHEET_PREFIX.length()), value);
            }
        });
        return items;
    }
}
