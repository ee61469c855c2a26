package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.panel.PanelService;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import cn.wuhan.qualityaward.scoring.ScoreSheetTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public class CycleSummaryService {

    private final NominationService nominations;
    private final ScoreSheetRepository sheets;
    private final PanelService experts;

    public CycleSummaryService(NominationService nominations, ScoreSheetRepository sheets, PanelService experts) {
        this.nominations = nominations;
        this.sheets = sheets;
        this.experts = experts;
    }

    /** Experts are named for the office (王建国（expert1）); for other readers they are X1…Xn, most lenient first. */
    public CycleSummary summary(AwardCycle cycle, boolean namesExperts) {
        Map<Track, List<Nomination>> byTrack = new LinkedHashMap<>();
        for (Track track : Track.values()) {
            byTrack.put(track, new ArrayList<>());
        }
        List<ExpertLeniency.Panel> panels = new ArrayList<>();
        Map<Long, List<Double>> totals = new LinkedHashMap<>();
        Map<Long, List<ScoreSheetTotal>> sheetsByNomination = sheets.totalsByCycle(cycle.id());
        for (Nomination n : nominations.evaluated(cycle.id())) {
            byTrack.get(n.track()).add(n);
            Map<String, Double> panel = new LinkedHashMap<>();
            for (ScoreSheetTotal sheet : sheetsByNomination.getOrDefault(n.id(), List.of())) {
                panel.put(sheet.expertId(), sheet.total().doubleValue());
            }
            panels.add(new ExpertLeniency.Panel(panel));
            totals.put(n.id(), List.copyOf(panel.values()));
        }
        List<CycleSummary.TrackAgreement> tracks = new ArrayList<>();
        byTrack.forEach((track, scored) -> {
            Optional<InterRaterAgreement> icc = InterRaterAgreement.of(
                    scored.stream().map(n -> totals.get(n.id())).toList());
            tracks.add(new CycleSummary.TrackAgreement(
                    track.label(),
                    scored.size(),
                    scored.stream().mapToInt(n -> totals.get(n.id()).size()).sum(),
                    scored.isEmpty()
                            ? null
                            : round(
                                    scored.stream()
                                            .mapToDouble(n -> n.finalScore().doubleValue())
                                            .average()
                                            .orElseThrow(),
                                    2),
                    icc.map(a -> round(a.single(), 3)).orElse(null),
                    icc.map(a -> round(a.panelMean(), 3)).orElse(null)));
        });
        List<ExpertLeniency> leniency = ExpertLeniency.of(panels);
        ExpertAliases named = ExpertAliases.of(
                List.of(),
                List.of(),
                true,
                namesExperts
                        ? this.experts.expertNames(
                                leniency.stream().map(ExpertLeniency::expertId).toList())
                        : Map.of());
        List<CycleSummary.ExpertRow> experts = new ArrayList<>();
        for (ExpertLeniency e : leniency) {
            experts.add(new CycleSummary.ExpertRow(
                    namesExperts ? named.shown(e.expertId()) : "X" + (experts.size() + 1),
                    e.sheets(),
                    round(e.meanDeviation(), 2),
                    round(e.meanAbsoluteDeviation(), 2)));
        }
        return new CycleSummary(cycle.id(), cycle.name(), tracks, experts);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }
}
