package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.scoring.ScoreSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 评分档案: everything scored for one nominee — the sheets that count, the sheets a moderation
 * sent back, and the moderation itself — with experts shown as the reader may see them.
 */
public record ScoreDossier(
        Nomination nomination,
        RubricSheet rubric,
        ScoreSummary summary,
        List<Sheet> sheets,
        List<Sheet> superseded,
        Optional<Moderation> moderation) {

    public record Sheet(
            String expert, Map<String, BigDecimal> items, BigDecimal total, String comment, Instant submittedAt) {}

    public record Moderation(String leader, List<String> rescoreExperts, String note, BigDecimal spreadBefore) {}
}
