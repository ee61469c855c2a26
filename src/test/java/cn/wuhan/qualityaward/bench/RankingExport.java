package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.report.RankingEntry;
import cn.wuhan.qualityaward.report.RankingReportService;
import cn.wuhan.qualityaward.report.RankingWorkbook;
import java.util.List;
import java.util.Locale;

/** What {@code GET /api/cycles/{cycle}/ranking.xlsx} does for the office, without HTTP. */
final class RankingExport {

    private final RankingReportService reports;
    private final AwardCycleService cycles;

    private String lastSplit = "";

    /** How the last export divided between the ranking and the workbook. */
    String lastSplit() {
        return lastSplit;
    }

    RankingExport(RankingReportService reports, AwardCycleService cycles) {
        this.reports = reports;
        this.cycles = cycles;
    }

    /** Ranks and exports the cycle; returns the elapsed nanoseconds. */
    long time(String cycleId, int expectedRows) {
        long started = System.nanoTime();
        List<RankingEntry> ranking = reports.report(cycleId, true);
        long ranked = System.nanoTime();
        byte[] workbook = RankingWorkbook.write(cycles.get(cycleId).name(), ranking);
        long elapsed = System.nanoTime() - started;
        lastSplit = String.format(
                Locale.ROOT,
                "ranking %.0f ms, workbook %.0f ms",
                (ranked - started) / 1e6,
                (System.nanoTime() - ranked) / 1e6);
        if (ranking.size() != expectedRows || workbook.length == 0) {
            throw new IllegalStateException("ranked " + ranking.size() + " of " + expectedRows + " nominations");
        }
        return elapsed;
    }
}
