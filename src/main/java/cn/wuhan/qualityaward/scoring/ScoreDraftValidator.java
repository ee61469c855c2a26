package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The server's check of a draft: only the score fields of the nomination's own sheet, each a number
 * that fits its item or empty, and a comment no longer than the sheet's. Unlike the sheet, a draft may
 * leave anything empty.
 */
final class ScoreDraftValidator {

    private ScoreDraftValidator() {}

    /**
     * Returns the filled items by rubric item id. {@code fields} holds form field keys
     * ({@code score_<itemId>}) to a {@link BigDecimal}, null for an empty field, or anything else for a
     * value that is not a number. Throws listing every problem, each on its field key.
     */
    static Map<String, BigDecimal> check(RubricSheet sheet, Map<String, Object> fields, String comment) {
        Map<String, RubricItem> byKey = sheet.items().stream()
                .collect(Collectors.toMap(i -> ScoreSheetVariables.itemKey(i.id()), Function.identity()));
        Problems problems = new Problems();
        if (fields.size() > byKey.size()) {
            // one problem, not one per key: a draft of thousands of made-up keys would be answered in megabytes
            problems.add("scores", "TOO_MANY_FIELDS", "草稿的评分项多于评分表的" + byKey.size() + "项，本次未保存");
            problems.throwIfAny();
        }
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        fields.forEach((key, value) -> {
            RubricItem item = byKey.get(key);
            if (item == null) {
                problems.add(key, "UNKNOWN_FIELD", "评分表中没有“" + key + "”这一项");
            } else if (value == null) {
                // left empty
            } else if (!(value instanceof BigDecimal score)) {
                problems.add(key, "SCORE_NOT_NUMERIC", sheet.describe(item) + "的得分须为数字，或留空");
            } else {
                FieldProblem misfit = ScoreSheetValidator.misfit(key, sheet.describe(item), item, score);
                if (misfit != null) {
                    problems.add(misfit.field(), misfit.code(), misfit.message());
                } else {
                    items.put(item.id(), score.stripTrailingZeros());
                }
            }
        });
        if (comment != null && comment.length() > ScoreSheetValidator.COMMENT_MAX) {
            problems.add(
                    ScoreSheetVariables.COMMENT, "COMMENT_TOO_LONG", "评语不能超过" + ScoreSheetValidator.COMMENT_MAX + "个字");
        }
        problems.throwIfAny();
        return items;
    }
}
