package cn.wuhan.qualityaward.committee;

import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.report.RankedNomination;
import cn.wuhan.qualityaward.report.RankingService;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The review committee's proposal of winners, drawn from the ranking and within the quota. */
@Service
public class CommitteeService {

  static final String STAGE = "PROPOSAL";
  static final String PROPOSED = "PROPOSED";

  private final RankingService ranking;
  private final AwardCycleService cycles;
  private final CycleDecisionRepository decisions;
  private final Clock clock;

  public CommitteeService(
      RankingService ranking, AwardCycleService cycles, CycleDecisionRepository decisions, Clock clock) {
    this.ranking = ranking;
    this.cycles = cycles;
    this.decisions = decisions;
    this.clock = clock;
  }

  @Transactional
  public List<Long> propose(String cycleId, List<Long> nominationIds, String actor) {
    int quota = cycles.get(cycleId).quota();
    Set<Long> ranked = ranking.rank(cycleId).stream().map(RankedNomination::nominationId).collect(java.util.stream.Collectors.toSet());
    Set<Long> chosen = new LinkedHashSet<>(nominationIds == null ? List.of() : nominationIds);
    Problems problems = new Problems();
    if (chosen.size() > quota) {
      problems.add("proposedNominations", "OVER_QUOTA", "建议获奖人选" + chosen.size() + "名，超过本周期名额" + quota + "名");
    }
    chosen.stream()
        .filter(id -> !ranked.contains(id))
        .forEach(id -> problems.add("proposedNominations", "NOT_RANKED", "申报 " + id + " 不在本周期评审排名中"));
    problems.throwIfAny();
    chosen.forEach(id -> decisions.insert(cycleId, STAGE, id, PROPOSED, null, actor, clock.instant()));
    return List.copyOf(chosen);
  }

  public List<Long> proposed(String cycleId) {
    return decisions.nominations(cycleId, STAGE, PROPOSED);
  }
}
