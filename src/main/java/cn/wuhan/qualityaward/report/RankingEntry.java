package cn.wuhan.qualityaward.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of the cycle's ranking with its score summary. {@code sheetTotals} name the experts for
 * the office and show them only as E1…En to everyone else. {@code tied}: the final score and so the
 * rank are shared with another nominee; {@code keySubtotal} (the 关键要求 subtotal that orders
 * tied nominees) is given for tied nominees only. {@code outcome}: 获奖, 未获奖 or 撤出名单 once the
 * list is announced (or an objection upheld), null before.
 */
public record RankingEntry(
        int rank,
        boolean tied,
        BigDecimal keySubtotal,
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
        List<SheetTotal> sheetTotals,
        String outcome) {

    public record SheetTotal(String expert, BigDecimal total) {}
}
