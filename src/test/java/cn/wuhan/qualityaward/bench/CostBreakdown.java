package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.bench.StatementCounter.Kind;
import cn.wuhan.qualityaward.bench.StatementCounter.Tally;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Where a nomination's cost goes, per nomination, for the engine floor and the award lifecycle: SQL
 * statements by kind and by table, history rows written, jobs and timers created and executed. The
 * lifecycle's cycle steps (opening, deadline, votes, notice, approval, announcement) are shared out
 * over its N nominations, as its time is.
 */
final class CostBreakdown {

    private final Tally floor;
    private final Tally lifecycle;
    private final JobLog.Snapshot jobs;
    private final int nominations;

    CostBreakdown(Tally floor, Tally lifecycle, JobLog.Snapshot jobs, int nominations) {
        this.floor = floor;
        this.lifecycle = lifecycle;
        this.jobs = jobs;
        this.nominations = nominations;
    }

    /** The statements the lifecycle ran per nomination, for a check that the counter saw anything. */
    double lifecycleStatementsPerNomination() {
        return per(lifecycle.total());
    }

    String markdown(String database) {
        List<String> lines = new ArrayList<>();
        lines.add("Cost breakdown on " + database + ", per nomination (N = "
                + String.format(Locale.ROOT, "%,d", nominations) + "):");
        lines.add("");
        lines.add("| per nomination | engine floor | award lifecycle |");
        lines.add("| --- | ---: | ---: |");
        lines.add(row("SQL statements", floor.total(), lifecycle.total()));
        for (Kind kind : Kind.values()) {
            if (kind != Kind.OTHER || floor.count(kind) + lifecycle.count(kind) > 0) {
                lines.add(row("– " + kind.name().toLowerCase(Locale.ROOT), floor.count(kind), lifecycle.count(kind)));
            }
        }
        lines.add(row("round trips (a JDBC batch is one)", floor.roundTrips(), lifecycle.roundTrips()));
        lines.add(row("history rows written (ACT_HI_*)", floor.historyRowsWritten(), lifecycle.historyRowsWritten()));
        jobRows(lines, false, "jobs (asynchronous steps, batches)");
        jobRows(lines, true, "timers");
        lines.add("");
        lines.add("| table | floor insert | update | delete | select | lifecycle insert | update | delete | select |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        TreeSet<String> tables = new TreeSet<>(floor.tables());
        tables.addAll(lifecycle.tables());
        tables.stream()
                .sorted(Comparator.comparingLong((String t) -> -(lifecycle.total(t) + floor.total(t)))
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(table -> {
                    StringBuilder row = new StringBuilder("| ").append(table).append(" |");
                    for (Tally tally : List.of(floor, lifecycle)) {
                        for (Kind kind : List.of(Kind.INSERT, Kind.UPDATE, Kind.DELETE, Kind.SELECT)) {
                            row.append(' ')
                                    .append(format(per(tally.count(table, kind))))
                                    .append(" |");
                        }
                    }
                    lines.add(row.toString());
                });
        return String.join("\n", lines) + "\n";
    }

    /** The statements of one measured operation, by table: a read should not grow with the data. */
    static String statementsMarkdown(String operation, Tally tally) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT, "%s: %d SQL statements (%d round trips)", operation, tally.total(), tally.roundTrips()));
        lines.add("");
        lines.add("| table | select | other |");
        lines.add("| --- | ---: | ---: |");
        for (String table : tally.tables()) {
            long select = tally.count(table, Kind.SELECT);
            lines.add("| " + table + " | " + select + " | " + (tally.total(table) - select) + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    private void jobRows(List<String> lines, boolean timer, String label) {
        lines.add(row(
                label + ": created",
                jobs.count(true, timer, JobLog.State.CREATED),
                jobs.count(false, timer, JobLog.State.CREATED)));
        lines.add(row(
                label + ": executed",
                jobs.count(true, timer, JobLog.State.SUCCESSFUL),
                jobs.count(false, timer, JobLog.State.SUCCESSFUL)));
        lines.add(row(
                label + ": deleted unexecuted",
                jobs.count(true, timer, JobLog.State.DELETED),
                jobs.count(false, timer, JobLog.State.DELETED)));
    }

    private String row(String label, long floorCount, long lifecycleCount) {
        return "| " + label + " | " + format(per(floorCount)) + " | " + format(per(lifecycleCount)) + " |";
    }

    private double per(long count) {
        return (double) count / nominations;
    }

    private static String format(double value) {
        return value == 0 ? "0" : String.format(Locale.ROOT, "%.2f", value);
    }
}
