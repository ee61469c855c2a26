package cn.wuhan.qualityaward.criteria.rubric;

import cn.wuhan.qualityaward.nomination.Track;
import java.math.BigDecimal;
import java.util.List;

/** The full score sheet of one track: 基本条件 + 职业素养 + that track's 关键要求. */
public record RubricSheet(Track track, List<RubricPart> parts) {

    public List<RubricItem> items() {
        return parts.stream()
                .flatMap(p -> p.dimensions().stream())
                .flatMap(d -> d.items().stream())
                .toList();
    }

    public BigDecimal totalPoints() {
        return parts.stream().map(RubricPart::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Where an item sits, for messages a person can act on: “政治素质”第1项. */
    public String describe(RubricItem item) {
        for (RubricPart part : parts) {
            for (RubricDimension dimension : part.dimensions()) {
                int position = dimension.items().indexOf(item);
                if (position >= 0) {
                    return part.name() + "·“" + dimension.name() + "”第" + (position + 1) + "项";
                }
            }
        }
        throw new IllegalArgumentException("item not on this sheet: " + item.id());
    }
}
