package cn.wuhan.qualityaward.report;

import java.util.List;

/** 评审情况汇总 as .xlsx: agreement per track, leniency per expert. */
public final class CycleSummaryWorkbook {

    static final String AGREEMENT = "评分一致性";
    static final String LENIENCY = "专家宽严度";
    static final List<String> AGREEMENT_HEADERS =
            List.of("评审类别", "评审人数", "评分表数", "平均最终得分", "组内相关系数ICC(1)", "专家组均分信度ICC(1,k)");
    static final List<String> LENIENCY_HEADERS = List.of("专家", "评分表数", "平均偏差（本人总分−所在评审组均分）", "平均绝对偏差");

    private CycleSummaryWorkbook() {}

    public static byte[] write(CycleSummary summary) {
        try (WorkbookWriter out = new WorkbookWriter()) {
            out.sheet(AGREEMENT, 14, 10, 10, 14, 20, 24)
                    .row(summary.cycleName() + " 评审情况汇总")
                    .header(AGREEMENT_HEADERS);
            for (CycleSummary.TrackAgreement t : summary.tracks()) {
                out.row(
                        t.track(),
                        t.nominees(),
                        t.sheets(),
                        t.meanFinalScore(),
                        t.icc() == null ? "样本不足" : t.icc(),
                        t.iccPanelMean() == null ? "样本不足" : t.iccPanelMean());
            }
            out.blankRow().row("ICC按单因素随机效应模型计算：每位被推荐人由各自的专家组评分；少于两名被推荐人有两份以上评分表时不计算。");
            out.sheet(LENIENCY, 14, 10, 34, 14).header(LENIENCY_HEADERS);
            for (CycleSummary.ExpertRow e : summary.experts()) {
                out.row(e.expert(), e.sheets(), e.meanDeviation(), e.meanAbsoluteDeviation());
            }
            return out.bytes();
        }
    }
}
