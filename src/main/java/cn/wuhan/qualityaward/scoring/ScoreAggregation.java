package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Mean, median, trimmed mean and spread of sheet totals. With at least {@code trimFrom} sheets the
 * single highest and lowest totals are dropped before averaging, so one outlier cannot decide.
 */
public final class ScoreAggregation {

    private static final int SCALE = 2;

    private final int trimFrom;
    private final BigDecimal divergenceThreshold;

    public ScoreAggregation(int trimFrom, BigDecimal divergenceThreshold) {
        this.trimFrom = trimFrom;
        this.divergenceThreshold = divergenceThreshold;
    }

    public ScoreSummary summarize(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("no score sheets to aggregate");
        }
        List<BigDecimal> sorted = totals.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal mean = average(sorted);
        BigDecimal median = n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1)
                        .add(sorted.get(n / 2))
                        .divide(BigDecimal.valueOf(2), SCALE, RoundingMode.HALF_UP);
        BigDecimal trimmed = n >= trimFrom ? average(sorted.subList(1, n - 1)) : mean;
        BigDecimal spread = sorted.get(n - 1).subtract(sorted.get(0));
        return new ScoreSummary(
                n,
                mean,
                median.setScale(SCALE, RoundingMode.HALF_UP),
                trimmed,
                spread.setScale(SCALE, RoundingMode.HALF_UP),
                spread.compareTo(divergenceThreshold) > 0);
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }
}
