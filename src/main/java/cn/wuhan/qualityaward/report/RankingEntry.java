package cn.wuhan.qualityaward.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the cycle's ranking with its score summary. {@code sheetTotals} name the experts for
 * the office and show them only as E1…En to everyone else.
 */
public record RankingEntry(
    int rank,
    long nominationId,
    String referenceNo,
    String nomineeName,
    String track,
    BigDecimal finalScore,
    BigDecimal median,
    BigDecimal trimmedMean,
    BigDecimal spread,
    int sheets,
    boolean moderated,
    List<SheetTotal> sheetTotals) {

  public record SheetTotal(String expert, BigDecimal total) {}
}
