package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.api.Conflict;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.panel.PanelService;
import cn.wuhan.qualityaward.scoring.ModerationRepository;
import cn.wuhan.qualityaward.scoring.ScoreSheet;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import cn.wuhan.qualityaward.scoring.ScoringService;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

@Service
public class ScoreDossierService {

    private final NominationService nominations;
    private final ScoringService scoring;
    private final ScoreSheetRepository sheets;
    private final ModerationRepository moderations;
    private final PanelService panels;

    public ScoreDossierService(
            NominationService nominations,
            ScoringService scoring,
            ScoreSheetRepository sheets,
            ModerationRepository moderations,
            PanelService panels) {
        this.nominations = nominations;
        this.scoring = scoring;
        this.sheets = sheets;
        this.moderations = moderations;
        this.panels = panels;
    }

    /** The office may read a dossier while scoring goes on; the committee and approvers once it is scored. */
    public ScoreDossier dossier(long nominationId, boolean namesExperts) {
        Nomination nomination = nominations.get(nominationId);
        if (nomination.scoringTrack() == null) {
            throw new Conflict("NOT_SCORED_YET", "该申报尚未确定评审类别，还没有评分档案");
        }
        if (!namesExperts && !NominationStatus.SCORED.contains(nomination.status())) {
            throw new Conflict("NOT_SCORED_YET", "该申报的专家评审尚未完成，评分档案在评审完成后提供");
        }
        List<ScoreSheet> current = sheets.findByNomination(nominationId);
        if (current.isEmpty()) {
            throw new Conflict("NOT_SCORED_YET", "该申报还没有专家提交评分表");
        }
        List<ScoreSheet> superseded = sheets.findSupersededByNomination(nominationId);
        List<String> panel = panels.members(nominationId);
        List<String> authors = Stream.concat(current.stream(), superseded.stream())
                .map(ScoreSheet::expertId)
                .toList();
        ExpertAliases experts = ExpertAliases.of(
                panel,
                authors,
                namesExperts,
                namesExperts
                        ? panels.expertNames(
                                Stream.concat(panel.stream(), authors.stream()).toList())
                        : Map.of());
        return new ScoreDossier(
                nomination,
                scoring.sheetFor(nominationId),
                scoring.summary(nominationId),
                current.stream().map(s -> shown(s, experts)).toList(),
                superseded.stream().map(s -> shown(s, experts)).toList(),
                moderations
                        .find(nominationId)
                        .map(m -> new ScoreDossier.Moderation(
                                experts.shown(m.leaderId()),
                                m.rescoreExperts().stream().map(experts::shown).toList(),
                                m.note(),
                                m.spreadBefore())));
    }

    private static ScoreDossier.Sheet shown(ScoreSheet sheet, ExpertAliases experts) {
        return new ScoreDossier.Sheet(
                experts.shown(sheet.expertId()), sheet.items(), sheet.total(), sheet.comment(), sheet.submittedAt());
    }
}
