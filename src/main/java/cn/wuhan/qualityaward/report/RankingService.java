package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The cycle's ranking of evaluated nominations: highest final score first; equal scores keep the
 * order in which the nominations were filed.
 */
@Service
public class RankingService {

  private final NominationService nominations;

  public RankingService(NominationService nominations) {
    this.nominations = nominations;
  }

  public List<RankedNomination> rank(String cycleId) {
    List<Nomination> evaluated =
        nominations.evaluated(cycleId).stream()
            .sorted(Comparator.comparing(Nomination::finalScore).reversed().thenComparing(Nomination::id))
            .toList();
    List<RankedNomination> ranking = new ArrayList<>();
    for (Nomination n : evaluated) {
      ranking.add(
          new RankedNomination(ranking.size() + 1, n.id(), n.referenceNo(), n.nomineeName(), n.track(), n.finalScore()));
    }
    return ranking;
  }
}
