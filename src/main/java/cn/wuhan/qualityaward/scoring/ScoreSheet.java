package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One expert's scores for one nomination. */
public record ScoreSheet(
        long nominationId,
        String expertId,
        String track,
        Map<String, BigDecimal> items,
        String comment,
        Instant submittedAt) {

    public BigDecimal total() {
        return items.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether any item is scored with a half point: its total is then shown with one decimal. */
    public boolean hasHalfPoint() {
        return items.values().stream().anyMatch(p -> p.remainder(BigDecimal.ONE).signum() != 0);
    }
}
