package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;

/** The aggregate of a nominee's score sheets; the final score is the trimmed mean. */
public record ScoreSummary(
        int sheets, BigDecimal mean, BigDecimal median, BigDecimal trimmedMean, BigDecimal spread, boolean divergent) {

    public BigDecimal finalScore() {
        return trimmedMean;
    }
}
