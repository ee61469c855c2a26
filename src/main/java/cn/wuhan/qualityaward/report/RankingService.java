package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.scoring.ScoreSheet;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import cn.wuhan.qualityaward.scoring.ScoringService;
import cn.wuhan.qualityaward.scoring.ScoreSummary;
import cn.wuhan.qualityaward.scoring.rubric.Rubric;
import cn.wuhan.qualityaward.scoring.rubric.RubricItem;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The cycle's ranking of evaluated nominations by the rule of {@link RankingOrder}: highest final
 * score first, equal final scores share a rank and are ordered by the 关键要求 subtotal, then the
 * median of the sheet totals (README, "The records of a cycle").
 */
@Service
public class RankingService {

  private final NominationService nominations;
  private final ScoreSheetRepository sheets;
  private final ScoringService scoring;
  /** The item ids of each scoring track's 关键要求. */
  private final Map<Track, Set<String>> keyItems = new EnumMap<>(Track.class);

  public RankingService(NominationService nominations, ScoreSheetRepository sheets, ScoringService scoring, Rubric rubric) {
    this.nominations = nominations;
    this.sheets = sheets;
    this.scoring = scoring;
    for (Track track : Track.values()) {
      if (!track.needsReferenceTrack()) {
        keyItems.put(
            track,
            rubric.track(track).keyPart().dimensions().stream()
                .flatMap(d -> d.items().stream())
                .map(RubricItem::id)
                .collect(Collectors.toUnmodifiableSet()));
      }
    }
  }

  public List<RankedNomination> rank(String cycleId) {
    return RankingOrder.rank(nominations.evaluated(cycleId), this::tieBreak);
  }

  private RankedNomination.TieBreak tieBreak(Nomination nominee) {
    List<ScoreSheet> current = sheets.findByNomination(nominee.id());
    ScoreSummary totals = scoring.summarize(current.stream().map(ScoreSheet::total).toList());
    ScoreSummary keySubtotals = scoring.summarize(current.stream().map(this::keySubtotal).toList());
    return new RankedNomination.TieBreak(keySubtotals.trimmedMean(), totals.median());
  }

  private BigDecimal keySubtotal(ScoreSheet sheet) {
    Set<String> key = keyItems.getOrDefault(Track.valueOf(sheet.track()), Set.of());
    return sheet.items().entrySet().stream()
        .filter(item -> key.contains(item.getKey()))
        .map(Map.Entry::getValue)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
