package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.report.RankingEntry;
import cn.wuhan.qualityaward.report.RankingReportService;
import cn.wuhan.qualityaward.report.RankingWorkbook;
import java.util.List;

/** What {@code GET /api/cycles/{cycle}/ranking.xlsx} does for the office, without HTTP. */
final class RankingExport {

  private final RankingReportService reports;
  private final AwardCycleService cycles;

  RankingExport(RankingReportService reports, AwardCycleService cycles) {
    this.reports = reports;
    this.cycles = cycles;
  }

  /** Ranks and exports the cycle; returns the elapsed nanoseconds. */
  long time(String cycleId, int expectedRows) {
    long started = System.nanoTime();
    List<RankingEntry> ranking = reports.report(cycleId, true);
    byte[] workbook = RankingWorkbook.write(cycles.get(cycleId).name(), ranking);
    long elapsed = System.nanoTime() - started;
    if (ranking.size() != expectedRows || workbook.length == 0) {
      throw new IllegalStateException("ranked " + ranking.size() + " of " + expectedRows + " nominations");
    }
    return elapsed;
  }
}
