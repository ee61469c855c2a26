package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's check of a submitted score sheet; the browser's checks can be bypassed, these cannot.
 */
final class ScoreSheetValidator {

    static final int COMMENT_MAX = 2000;
    private static final BigDecimal STEP = new BigDecimal("0.5");

    private ScoreSheetValidator() {}

    /** Returns the item scores by item id, or throws listing every problem. */
    static Map<String, BigDecimal> check(RubricSheet sheet, Map<String, Object> raw, String comment) {
        Problems problems = new Problems();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (RubricItem item : sheet.items()) {
            String where = sheet.describe(item);
            Object value = raw.get(item.id());
            BigDecimal score = toDecimal(value);
            FieldProblem misfit = score == null ? null : misfit(item.id(), where, item, score);
            if (value == null || (value instanceof String s && s.isBlank())) {
                problems.add(item.id(), "SCORE_MISSING", where + "未评分");
            } else if (score == null) {
                problems.add(item.id(), "SCORE_NOT_NUMERIC", where + "的得分“" + value + "”不是数字");
            } else if (misfit != null) {
                problems.add(misfit.field(), misfit.code(), misfit.message());
            } else {
                scores.put(item.id(), score.stripTrailingZeros());
            }
        }
        if (comment == null || comment.isBlank()) {
            problems.add("comment", "COMMENT_MISSING", "请填写评语");
        } else if (comment.length() > COMMENT_MAX) {
            problems.add("comment", "COMMENT_TOO_LONG", "评语不能超过" + COMMENT_MAX + "个字");
        }
        problems.throwIfAny();
        return scores;
    }

    /**
     * Why a number does not fit an item, or null when it does: from 0 to the item's points, in half
     * points. The rule of the submitted sheet and of the draft alike.
     */
    static FieldProblem misfit(String field, String where, RubricItem item, BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(item.points()) > 0) {
            return new FieldProblem(
                    field,
                    "SCORE_OUT_OF_RANGE",
                    where + "的得分须在0到" + item.points().stripTrailingZeros().toPlainString() + "分之间");
        }
        if (score.remainder(STEP).signum() != 0) {
            return new FieldProblem(field, "SCORE_OFF_STEP", where + "的得分须为0.5分的整数倍");
        }
        return null;
    }

    private static BigDecimal toDecimal(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return null;
    }
}
