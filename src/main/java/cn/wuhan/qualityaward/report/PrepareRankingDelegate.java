package cn.wuhan.qualityaward.report;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.CYCLE_ID;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.RANKING_OPTIONS;

import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.engine.ChoiceOptions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ranks the scored nominations and offers them to the committee to choose from. */
@Component
public class PrepareRankingDelegate implements JavaDelegate {

  private final RankingService ranking;
  private final AwardCycleService cycles;

  public PrepareRankingDelegate(RankingService ranking, AwardCycleService cycles) {
    this.ranking = ranking;
    this.cycles = cycles;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycleId = CYCLE_ID.required(execution);
    cycles.moveTo(cycleId, CycleStatus.COMMITTEE_REVIEW);
    RANKING_OPTIONS.set(
        execution,
        ChoiceOptions.of(ranking.rank(cycleId), RankedNomination::label, r -> String.valueOf(r.nominationId())));
  }
}
