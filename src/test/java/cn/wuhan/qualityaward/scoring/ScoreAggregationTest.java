package cn.wuhan.qualityaward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreAggregationTest {

    private final ScoreAggregation aggregation = new ScoreAggregation(5, new BigDecimal("20"));

    @Test
    void threeSheetsAreAveragedWithoutTrimming() {
        ScoreSummary summary = aggregation.summarize(totals("80", "85.5", "90"));

        assertThat(summary.sheets()).isEqualTo(3);
        assertThat(summary.mean()).isEqualByComparingTo("85.17");
        assertThat(summary.median()).isEqualByComparingTo("85.5");
        assertThat(summary.trimmedMean()).isEqualByComparingTo("85.17");
        assertThat(summary.spread()).isEqualByComparingTo("10");
        assertThat(summary.finalScore()).isEqualByComparingTo(summary.trimmedMean());
        assertThat(summary.divergent()).isFalse();
    }

    @Test
    void fiveSheetsDropTheHighestAndTheLowest() {
        // sorted 70, 78, 80, 82, 95: trimmed mean of 78, 80, 82
        ScoreSummary summary = aggregation.summarize(totals("82", "95", "70", "80", "78"));

        assertThat(summary.mean()).isEqualByComparingTo("81");
        assertThat(summary.median()).isEqualByComparingTo("80");
        assertThat(summary.trimmedMean()).isEqualByComparingTo("80");
        assertThat(summary.spread()).isEqualByComparingTo("25");
        assertThat(summary.divergent()).isTrue();
    }

    @Test
    void sevenSheetsDropOnlyOneHighestAndOneLowest() {
        // sorted 60, 75, 76, 77.5, 80, 81, 99: trimmed mean of 75, 76, 77.5, 80, 81 = 389.5 / 5
        ScoreSummary summary = aggregation.summarize(totals("77.5", "60", "99", "75", "81", "76", "80"));

        assertThat(summary.mean()).isEqualByComparingTo("78.36");
        assertThat(summary.median()).isEqualByComparingTo("77.5");
        assertThat(summary.trimmedMean()).isEqualByComparingTo("77.9");
        assertThat(summary.spread()).isEqualByComparingTo("39");
    }

    @Test
    void anEvenNumberOfSheetsHasTheMedianBetweenTheMiddleTwo() {
        assertThat(aggregation.summarize(totals("70", "80", "84", "90")).median())
                .isEqualByComparingTo("82");
    }

    @Test
    void aSpreadOfExactlyTheThresholdIsNotDivergent() {
        assertThat(aggregation.summarize(totals("70", "90", "80")).divergent()).isFalse();
        assertThat(aggregation.summarize(totals("70", "90.5", "80")).divergent())
                .isTrue();
    }

    @Test
    void theTrimmingRuleIsConfigurable() {
        ScoreAggregation trimFromThree = new ScoreAggregation(3, new BigDecimal("20"));

        assertThat(trimFromThree.summarize(totals("60", "80", "100")).trimmedMean())
                .isEqualByComparingTo("80");
    }

    @Test
    void noSheetsCannotBeAggregated() {
        assertThatThrownBy(() -> aggregation.summarize(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> totals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
