package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.panel.PanelService;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.ranking.RankingService;
import cn.wuhan.qualityaward.scoring.ModerationRepository;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import cn.wuhan.qualityaward.scoring.ScoreSheetTotal;
import cn.wuhan.qualityaward.scoring.ScoreSummary;
import cn.wuhan.qualityaward.scoring.ScoringService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The ranking with each nominee's score summary, experts named or anonymised for the reader. */
@Service
public class RankingReportService {

    private final RankingService ranking;
    private final ScoringService scoring;
    private final ScoreSheetRepository sheets;
    private final ModerationRepository moderations;
    private final PanelService panels;
    private final NominationService nominations;

    /** The outcomes the announcement (or an upheld objection) records; before it a nominee has none. */
    private static final Set<NominationStatus> DECIDED =
            EnumSet.of(NominationStatus.AWARDED, NominationStatus.NOT_AWARDED, NominationStatus.WITHDRAWN_ON_OBJECTION);

    public RankingReportService(
            RankingService ranking,
            ScoringService scoring,
            ScoreSheetRepository sheets,
            ModerationRepository moderations,
            PanelService panels,
            NominationService nominations) {
        this.nominations = nominations;
        this.ranking = ranking;
        this.scoring = scoring;
        this.sheets = sheets;
        this.moderations = moderations;
        this.panels = panels;
    }

    /** Reads the cycle's sheets, panels and moderations once, not once per nominee. */
    public List<RankingEntry> report(String cycleId, boolean namesExperts) {
        Map<Long, List<ScoreSheetTotal>> sheetsByNomination = sheets.totalsByCycle(cycleId);
        Map<Long, List<String>> panelsByNomination = panels.membersByCycle(cycleId);
        Set<Long> moderated = moderations.moderatedInCycle(cycleId);
        // the ranked nominations are the evaluated ones, so one read of them gives both ranking and outcomes
        List<Nomination> evaluated = nominations.evaluated(cycleId);
        Map<Long, String> outcomes = new HashMap<>();
        for (Nomination nomination : evaluated) {
            if (DECIDED.contains(nomination.status())) {
                outcomes.put(nomination.id(), nomination.status().stage().label());
            }
        }
        Map<String, String> names = namesExperts
                ? panels.expertNames(sheetsByNomination.values().stream()
                        .flatMap(List::stream)
                        .map(ScoreSheetTotal::expertId)
                        .collect(Collectors.toSet()))
                : Map.of();
        List<RankingEntry> entries = new ArrayList<>();
        for (RankedNomination ranked : ranking.rank(cycleId, evaluated)) {
            long id = ranked.nominationId();
            List<ScoreSheetTotal> current = sheetsByNomination.getOrDefault(id, List.of());
            ScoreSummary summary = scoring.summarize(
                    current.stream().map(ScoreSheetTotal::total).toList());
            ExpertAliases experts = ExpertAliases.of(
                    panelsByNomination.getOrDefault(id, List.of()),
                    current.stream().map(ScoreSheetTotal::expertId).toList(),
                    namesExperts,
                    names);
            List<RankingEntry.SheetTotal> totals = new ArrayList<>();
            for (ScoreSheetTotal sheet : current) {
                totals.add(new RankingEntry.SheetTotal(experts.shown(sheet.expertId()), sheet.total()));
            }
            entries.add(new RankingEntry(
                    ranked.rank(),
                    ranked.tied(),
                    ranked.tied() ? ranked.tie().keySubtotal() : null,
                    id,
                    ranked.referenceNo(),
                    ranked.nomineeName(),
                    ranked.track().label(),
                    ranked.finalScore(),
                    summary.median(),
                    summary.trimmedMean(),
                    summary.spread(),
                    summary.sheets(),
                    moderated.contains(id),
                    totals,
                    outcomes.get(id)));
        }
        return entries;
    }
}
