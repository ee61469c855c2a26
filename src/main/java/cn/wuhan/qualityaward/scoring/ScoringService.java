package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.criteria.CriteriaService;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricPart;
import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.panel.PanelService;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ScoringService {

    private final CriteriaService criteria;
    private final ScoreSheetRepository sheets;
    private final ScoreDraftRepository drafts;
    private final ModerationRepository moderations;
    private final NominationService nominations;
    private final PanelService panels;
    private final ScoreAggregation aggregation;
    private final Clock clock;

    public ScoringService(
            CriteriaService criteria,
            ScoreSheetRepository sheets,
            ScoreDraftRepository drafts,
            ModerationRepository moderations,
            NominationService nominations,
            PanelService panels,
            AwardProperties properties,
            Clock clock) {
        this.criteria = criteria;
        this.sheets = sheets;
        this.drafts = drafts;
        this.moderations = moderations;
        this.nominations = nominations;
        this.panels = panels;
        this.aggregation = new ScoreAggregation(
                properties.scoring().trimFrom(), properties.scoring().divergenceThreshold());
        this.clock = clock;
    }

    /**
     * The sheet an expert fills for this nomination: its scoring track's part of the rubric of the
     * criteria version the nomination's cycle is pinned to.
     */
    public RubricSheet sheetFor(long nominationId) {
        Nomination nomination = withTrack(nominationId);
        return criteria.rubricOf(nomination.cycleId()).sheetFor(nomination.scoringTrack());
    }

    private Nomination withTrack(long nominationId) {
        Nomination nomination = nominations.get(nominationId);
        if (nomination.scoringTrack() == null) {
            throw new IllegalStateException("nomination " + nominationId + " has no track yet");
        }
        return nomination;
    }

    /**
     * Checks and stores one expert's sheet, and deletes the expert's draft of it; a bad sheet is refused
     * whole and nothing is stored or deleted.
     */
    @Transactional
    public ScoreSheet submit(long nominationId, String expertId, Map<String, Object> rawScores, String comment) {
        if (!panels.isOnPanel(nominationId, expertId)) {
            throw InvalidInputException.of("expert", "NOT_ON_PANEL", "您不是该申报的评审专家，不能评分");
        }
        if (sheets.hasCurrent(nominationId, expertId)) {
            throw InvalidInputException.of("expert", "ALREADY_SCORED", "您已提交过该申报的评分表");
        }
        Nomination nomination = withTrack(nominationId);
        Rubric rubric = criteria.rubricOf(nomination.cycleId());
        RubricSheet sheet = rubric.sheetFor(nomination.scoringTrack());
        Map<String, BigDecimal> items = ScoreSheetValidator.check(sheet, rawScores, comment);
        ScoreSheet scoreSheet =
                new ScoreSheet(nominationId, expertId, sheet.track().name(), items, comment.trim(), clock.instant());
        sheets.insert(scoreSheet, keySubtotal(rubric.track(sheet.track()).keyPart(), items));
        // locked as a draft's save locks it, so a save at the same moment is not left behind the sheet
        drafts.lockSeat(nominationId, expertId);
        drafts.delete(nominationId, expertId);
        return scoreSheet;
    }

    /**
     * The points of a sheet's 关键要求 items, the ranking's first tie-break (README, "The records of
     * a cycle"), kept with the sheet since the sheet never changes.
     */
    static BigDecimal keySubtotal(RubricPart keyPart, Map<String, BigDecimal> items) {
        return keyPart.dimensions().stream()
                .flatMap(d -> d.items().stream())
                .map(item -> items.getOrDefault(item.id(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public ScoreSummary summary(long nominationId) {
        return summarize(sheets.findByNomination(nominationId).stream()
                .map(ScoreSheet::total)
                .toList());
    }

    /** The aggregate of totals already read, e.g. a whole cycle's at once. */
    public ScoreSummary summarize(List<BigDecimal> totals) {
        return aggregation.summarize(totals);
    }

    /**
     * Aggregates the sheets. Totals that diverge too far call for the panel's moderation, once;
     * otherwise the trimmed mean becomes the nominee's final score. Returns whether moderation is due.
     */
    @Transactional
    public boolean conclude(long nominationId) {
        ScoreSummary summary = summary(nominationId);
        if (summary.divergent() && !moderations.exists(nominationId)) {
            return true;
        }
        nominations.recordFinalScore(nominationId, summary.finalScore());
        return false;
    }
}
