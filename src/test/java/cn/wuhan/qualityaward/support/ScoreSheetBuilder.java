package cn.wuhan.qualityaward.support;

import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * A score sheet as the scoring form submits it: every item scored at the same share of its points,
 * rounded to 0.5, so a sheet's total is easy to compute by hand.
 */
public final class ScoreSheetBuilder {

    private final RubricSheet sheet;
    private final Map<String, Object> variables = new HashMap<>();

    private ScoreSheetBuilder(RubricSheet sheet) {
        this.sheet = sheet;
        variables.put(ScoreSheetVariables.COMMENT, "事迹突出，材料翔实。");
    }

    public static ScoreSheetBuilder aSheet(RubricSheet sheet) {
        return new ScoreSheetBuilder(sheet).withFullMarks();
    }

    public ScoreSheetBuilder withFullMarks() {
        sheet.items()
                .forEach(i -> variables.put(
                        ScoreSheetVariables.itemKey(i.id()), i.points().doubleValue()));
        return this;
    }

    /** Every item at {@code share} of its points, to the nearest 0.5. */
    public ScoreSheetBuilder scoringShare(double share) {
        for (RubricItem item : sheet.items()) {
            BigDecimal halfPoints =
                    item.points().multiply(BigDecimal.valueOf(share * 2)).setScale(0, RoundingMode.HALF_UP);
            variables.put(ScoreSheetVariables.itemKey(item.id()), halfPoints.doubleValue() / 2);
        }
        return this;
    }

    public ScoreSheetBuilder withItem(String itemId, Object value) {
        variables.put(ScoreSheetVariables.itemKey(itemId), value);
        return this;
    }

    public ScoreSheetBuilder withoutItem(String itemId) {
        variables.remove(ScoreSheetVariables.itemKey(itemId));
        return this;
    }

    public ScoreSheetBuilder withComment(String comment) {
        variables.put(ScoreSheetVariables.COMMENT, comment);
        return this;
    }

    /** The total the sheet adds up to. */
    public BigDecimal total() {
        return ScoreSheetVariables.items(variables).values().stream()
                .map(v -> new BigDecimal(String.valueOf(v)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<String, Object> variables() {
        return new HashMap<>(variables);
    }
}
