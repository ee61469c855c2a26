package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricPart;
import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import cn.wuhan.qualityaward.panel.PanelService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家组合议: when a panel's totals diverge too far, its leader compares the sheets and may send
 * named experts back to score again, once. Their first sheets are kept, superseded.
 */
@Service
public class ModerationService {

    private final ScoreSheetRepository sheets;
    private final ModerationRepository moderations;
    private final ScoringService scoring;
    private final PanelService panels;
    private final Clock clock;

    public ModerationService(
            ScoreSheetRepository sheets,
            ModerationRepository moderations,
            ScoringService scoring,
            PanelService panels,
            Clock clock) {
        this.sheets = sheets;
        this.moderations = moderations;
        this.scoring = scoring;
        this.panels = panels;
        this.clock = clock;
    }

    public List<RubricPart> parts(long nominationId) {
        return scoring.sheetFor(nominationId).parts();
    }

    public List<SheetComparison> sideBySide(long nominationId) {
        RubricSheet rubric = scoring.sheetFor(nominationId);
        List<String> panel = panels.members(nominationId);
        List<SheetComparison> rows = new ArrayList<>();
        for (ScoreSheet sheet : sheets.findByNomination(nominationId)) {
            List<BigDecimal> subtotals = new ArrayList<>();
            for (RubricPart part : rubric.parts()) {
                subtotals.add(part.dimensions().stream()
                        .flatMap(d -> d.items().stream())
                        .map(RubricItem::id)
                        .map(id -> sheet.items().getOrDefault(id, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            String alias = "E" + (panel.indexOf(sheet.expertId()) + 1);
            rows.add(new SheetComparison(alias, sheet.expertId(), subtotals, sheet.total(), sheet.comment()));
        }
        return rows;
    }

    /** Records the leader's decision; returns the experts who must score again. */
    @Transactional
    public List<String> record(long nominationId, String leader, List<String> rescore, String note) {
        Set<String> chosen = new LinkedHashSet<>(rescore == null ? List.of() : rescore);
        List<String> panel = panels.members(nominationId);
        Problems problems = new Problems();
        if (leader == null || !leader.equals(panels.leader(nominationId))) {
            problems.add("panelLeader", "NOT_PANEL_LEADER", "只有评审组组长本人可以提交合议结果");
        }
        if (moderations.exists(nominationId)) {
            problems.add("rescoreExperts", "ALREADY_MODERATED", "该申报已经合议过，只能重新评分一次");
        }
        chosen.stream()
                .filter(e -> !panel.contains(e))
                .forEach(e -> problems.add("rescoreExperts", "NOT_ON_PANEL", "“" + e + "”不是本评审组成员"));
        if (note == null || note.isBlank()) {
            problems.add("moderationNote", "REQUIRED", "请填写合议意见");
        }
        problems.limit("moderationNote", note, "合议意见", 2000);
        problems.throwIfAny();
        ScoreSummary before = scoring.summary(nominationId);
        chosen.forEach(expert -> sheets.supersede(nominationId, expert));
        moderations.insert(nominationId, leader, List.copyOf(chosen), note.trim(), before.spread(), clock.instant());
        return List.copyOf(chosen);
    }
}
