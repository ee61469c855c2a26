package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.common.BlindVariables;
import java.util.Map;

/**
 * The keys of the score-sheet form, as the scoring code names them; declared in {@link BlindVariables}.
 * They are only in flight while a scoring task completes: the sheet is stored in the project's tables
 * and the variables are dropped, so no other task, REST call or history query can see one expert's
 * scores.
 */
public final class ScoreSheetVariables {

    public static final String PREFIX = BlindVariables.SCORE_SHEET_PREFIX;
    public static final String COMMENT = BlindVariables.SCORE_COMMENT;
    /** The conflict-of-interest declaration (利益冲突声明) at the top of the sheet. */
    public static final String CONFLICT_DECLARED = BlindVariables.CONFLICT_DECLARED;

    public static final String CONFLICT_REASON = BlindVariables.CONFLICT_REASON;

    private ScoreSheetVariables() {}

    public static boolean isSheetVariable(String name) {
        return BlindVariables.isScoreSheet(name);
    }

    public static String itemKey(String itemId) {
        return BlindVariables.scoreItem(itemId);
    }

    /** Item scores by item id, from whatever variables the submission carried. */
    public static Map<String, Object> items(Map<String, Object> variables) {
        return BlindVariables.scoreItems(variables);
    }
}
