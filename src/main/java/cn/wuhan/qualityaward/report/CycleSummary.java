package cn.wuhan.qualityaward.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评审情况汇总: per track, how many were scored and how far the experts agreed (ICC, see
 * {@link InterRaterAgreement}); per expert, how lenient they were against their panels.
 */
public record CycleSummary(String cycleId, String cycleName, List<TrackAgreement> tracks, List<ExpertRow> experts) {

    /** {@code icc} and {@code iccPanelMean} are null where fewer than two nominees have two sheets. */
    public record TrackAgreement(
            String track,
            int nominees,
            int sheets,
            BigDecimal meanFinalScore,
            BigDecimal icc,
            BigDecimal iccPanelMean) {}

    public record ExpertRow(String expert, int sheets, BigDecimal meanDeviation, BigDecimal meanAbsoluteDeviation) {}
}
