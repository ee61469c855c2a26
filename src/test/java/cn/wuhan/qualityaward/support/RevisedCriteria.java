package cn.wuhan.qualityaward.support;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricCondition;
import cn.wuhan.qualityaward.criteria.rubric.RubricDimension;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.criteria.rubric.RubricPart;
import cn.wuhan.qualityaward.criteria.rubric.RubricTrack;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A criteria version that differs from the shipped one (version 1) in the first item of 政治素质
 * ({@code political_1}): its text is reworded and half a point moves from it to the second item
 * ({@code political_2}), 1 + 1 becoming 0.5 + 1.5, so every dimension, part and sheet still adds up.
 */
public final class RevisedCriteria {

    public static final String REVISED_TEXT = "（修订）坚持以习近平新时代中国特色社会主义思想为指导，做到“两个维护”；";

    private RevisedCriteria() {}

    /** The shipped text of the item the revision rewords. */
    public static String shippedText() {
        return RubricLoader.load()
                .commonParts()
                .get(0)
                .dimensions()
                .get(0)
                .items()
                .get(0)
                .text();
    }

    /** {@code rubric} with the 其他人员 condition {@code conditionId} worded as {@code text}. */
    public static Rubric withOtherCondition(Rubric rubric, String conditionId, String text) {
        List<RubricTrack> tracks = rubric.tracks().stream()
                .map(t -> t.conditions() == null
                        ? t
                        : new RubricTrack(
                                t.id(),
                                t.name(),
                                t.points(),
                                t.keyPart(),
                                t.scope(),
                                t.referenceRule(),
                                t.referenceTracks(),
                                t.conditions().stream()
                                        .map(c -> c.id().equals(conditionId) ? new RubricCondition(c.id(), text) : c)
                                        .toList()))
                .toList();
        return new Rubric(rubric.title(), rubric.edition(), rubric.totalPoints(), rubric.commonParts(), tracks);
    }

    public static Rubric revisedRubric() {
        Rubric shipped = RubricLoader.load();
        RubricPart basic = shipped.commonParts().get(0);
        RubricDimension political = basic.dimensions().get(0);
        List<RubricItem> items = new ArrayList<>(political.items());
        RubricItem first = items.get(0);
        RubricItem second = items.get(1);
        items.set(
                0,
                new RubricItem(first.id(), first.heading(), REVISED_TEXT, new BigDecimal("0.5"), first.pointsNote()));
        items.set(
                1,
                new RubricItem(
                        second.id(), second.heading(), second.text(), new BigDecimal("1.5"), second.pointsNote()));
        List<RubricDimension> dimensions = new ArrayList<>(basic.dimensions());
        dimensions.set(
                0, new RubricDimension(political.id(), political.name(), political.points(), List.copyOf(items)));
        List<RubricPart> parts = new ArrayList<>(shipped.commonParts());
        parts.set(0, new RubricPart(basic.id(), basic.name(), basic.points(), List.copyOf(dimensions)));
        return new Rubric(
                shipped.title(), shipped.edition(), shipped.totalPoints(), List.copyOf(parts), shipped.tracks());
    }
}
