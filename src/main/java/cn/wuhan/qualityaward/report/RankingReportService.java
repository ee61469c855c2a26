package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.panel.PanelService;
import cn.wuhan.qualityaward.scoring.ModerationRepository;
import cn.wuhan.qualityaward.scoring.ScoreSheet;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import cn.wuhan.qualityaward.scoring.ScoreSummary;
import cn.wuhan.qualityaward.scoring.ScoringService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** The ranking with each nominee's score summary, experts named or anonymised for the reader. */
@Service
public class RankingReportService {

  private final RankingService ranking;
  private final ScoringService scoring;
  private final ScoreSheetRepository sheets;
  private final ModerationRepository moderations;
  private final PanelService panels;

  public RankingReportService(
      RankingService ranking,
      ScoringService scoring,
      ScoreSheetRepository sheets,
      ModerationRepository moderations,
      PanelService panels) {
    this.ranking = ranking;
    this.scoring = scoring;
    this.sheets = sheets;
    this.moderations = moderations;
    this.panels = panels;
  }

  public List<RankingEntry> report(String cycleId, boolean namesExperts) {
    List<RankingEntry> entries = new ArrayList<>();
    for (RankedNomination ranked : ranking.rank(cycleId)) {
      long id = ranked.nominationId();
      ScoreSummary summary = scoring.summary(id);
      List<ScoreSheet> current = sheets.findByNomination(id);
      ExpertAliases experts =
          ExpertAliases.of(panels.members(id), current.stream().map(ScoreSheet::expertId).toList(), namesExperts);
      List<RankingEntry.SheetTotal> totals = new ArrayList<>();
      for (ScoreSheet sheet : current) {
        totals.add(new RankingEntry.SheetTotal(experts.shown(sheet.expertId()), sheet.total()));
      }
      entries.add(
          new RankingEntry(
              ranked.rank(), id, ranked.referenceNo(), ranked.nomineeName(), ranked.track().label(),
              ranked.finalScore(), summary.median(), summary.trimmedMean(), summary.spread(), summary.sheets(),
              moderations.exists(id), totals));
    }
    return entries;
  }
}
