package cn.wuhan.qualityaward.scoring;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys of the score-sheet form. They are only in flight while a scoring task completes: the
 * sheet is stored in the project's tables and the variables are dropped, so no other task, REST call
 * or history query can see one expert's scores.
 */
public final class ScoreSheetVariables {

    public static final String PREFIX = "score_";
    public static final String COMMENT = PREFIX + "comment";
    /** The conflict-of-interest declaration (利益冲突声明) at the top of the sheet. */
    public static final String CONFLICT_DECLARED = PREFIX + "conflictDeclared";

    public static final String CONFLICT_REASON = PREFIX + "conflictReason";

    private ScoreSheetVariables() {}

    public static boolean isSheetVariable(String name) {
        return name != null && name.startsWith(PREFIX);
    }

    public static String itemKey(String itemId) {
        return PREFIX + itemId;
    }

    /** Item scores by item id, from whatever variables the submission carried. */
    public static Map<String, Object> items(Map<String, Object> variables) {
        Map<String, Object> items = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            if (isSheetVariable(name)
                    && !COMMENT.equals(name)
                    && !CONFLICT_DECLARED.equals(name)
                    && !CONFLICT_REASON.equals(name)) {
                items.put(name.substring(PREFIX.length()), value);
            }
        });
        return items;
    }
}
