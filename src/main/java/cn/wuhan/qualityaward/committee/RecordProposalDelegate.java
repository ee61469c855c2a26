package cn.wuhan.qualityaward.committee;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.*;

import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.ChoiceOptions;
import cn.wuhan.qualityaward.engine.Refusal;
import cn.wuhan.qualityaward.report.RankedNomination;
import cn.wuhan.qualityaward.report.RankingService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the committee's proposed winners and offers them to the approvers. */
@Component
public class RecordProposalDelegate implements JavaDelegate {

  private final CommitteeService committee;
  private final RankingService ranking;

  public RecordProposalDelegate(CommitteeService committee, RankingService ranking) {
    this.committee = committee;
    this.ranking = ranking;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String cycleId = CYCLE_ID.required(execution);
    List<Long> chosen = NominationIds.parse(PROPOSED_NOMINATIONS.from(execution), "proposedNominations");
    List<Long> proposed = Refusal.guard(() -> committee.propose(cycleId, chosen, Actors.current(execution)));
    List<RankedNomination> onList =
        ranking.rank(cycleId).stream().filter(r -> proposed.contains(r.nominationId())).toList();
    PROPOSED_OPTIONS.set(
        execution, ChoiceOptions.of(onList, RankedNomination::label, r -> String.valueOf(r.nominationId())));
  }
}
