package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.util.List;

/** One row of the sheets the panel leader compares side by side: one expert's part subtotals. */
public record SheetComparison(
        String alias, String expertId, List<BigDecimal> partSubtotals, BigDecimal total, String comment) {}
