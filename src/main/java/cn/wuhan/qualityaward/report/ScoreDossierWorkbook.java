package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.criteria.rubric.RubricDimension;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricPart;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.scoring.ScoreSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * A nominee's 评分档案 as .xlsx: a summary sheet, the sheets that count item by item against the
 * rubric, and, after a moderation, the sheets it sent back.
 */
public final class ScoreDossierWorkbook {

    static final String SUMMARY = "评分概况";
    static final String DETAIL = "评分明细";
    static final String SUPERSEDED = "合议前评分";
    static final List<String> ITEM_HEADERS = List.of("评价内容", "评价维度", "评分要点", "分值");

    private ScoreDossierWorkbook() {}

    public static byte[] write(ScoreDossier dossier) {
        try (WorkbookWriter out = new WorkbookWriter()) {
            summary(out, dossier);
            items(out.sheet(DETAIL, 14, 16, 60, 8), dossier, dossier.sheets());
            if (!dossier.superseded().isEmpty()) {
                items(out.sheet(SUPERSEDED, 14, 16, 60, 8), dossier, dossier.superseded());
            }
            return out.bytes();
        }
    }

    private static void summary(WorkbookWriter out, ScoreDossier dossier) {
        Nomination n = dossier.nomination();
        ScoreSummary s = dossier.summary();
        out.sheet(SUMMARY, 16, 60)
                .header(List.of("项目", "内容"))
                .row("申报编号", n.referenceNo())
                .row("被推荐人", n.nomineeName())
                .row("工作单位", n.organization())
                .row("职务", n.position())
                .row("评审类别", n.track().label())
                .row("评分表", dossier.rubric().track().label() + "类评分表")
                .row("申报状态", n.status().label())
                .row("最终得分", n.finalScore())
                .row("评分表数", s.sheets())
                .row("中位数", s.median())
                .row("去极值平均分", s.trimmedMean())
                .row("极差", s.spread())
                .row("是否合议", dossier.moderation().isPresent());
        dossier.moderation()
                .ifPresent(m -> out.row("合议主持", m.leader())
                        .row("合议前极差", m.spreadBefore())
                        .row("重新评分专家", m.rescoreExperts().isEmpty() ? "无" : String.join("、", m.rescoreExperts()))
                        .row("合议意见", m.note()));
    }

    private static void items(WorkbookWriter out, ScoreDossier dossier, List<ScoreDossier.Sheet> sheets) {
        List<String> headers = new ArrayList<>(ITEM_HEADERS);
        sheets.forEach(sheet -> headers.add(sheet.expert()));
        out.header(headers);
        for (RubricPart part : dossier.rubric().parts()) {
            for (RubricDimension dimension : part.dimensions()) {
                for (RubricItem item : dimension.items()) {
                    List<Object> row =
                            new ArrayList<>(List.of(part.name(), dimension.name(), itemText(item), item.points()));
                    sheets.forEach(sheet -> row.add(sheet.items().get(item.id())));
                    out.row(row.toArray());
                }
            }
        }
        List<Object> total =
                new ArrayList<>(List.of("合计", "", "", dossier.rubric().totalPoints()));
        sheets.forEach(sheet -> total.add(sheet.total()));
        out.row(total.toArray());
        List<Object> comments = new ArrayList<>(List.of("专家意见", "", "", ""));
        sheets.forEach(sheet -> comments.add(sheet.comment()));
        out.row(comments.toArray());
    }

    private static String itemText(RubricItem item) {
        return item.heading() == null || item.heading().isBlank() ? item.text() : item.heading() + "：" + item.text();
    }
}
