package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;

/** One expert's sheet reduced to its total, for lists of many nominees. */
public record ScoreSheetTotal(String expertId, BigDecimal total) {}
