package cn.wuhan.qualityaward.committee;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.*;

import cn.wuhan.qualityaward.engine.ChoiceOptions;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.ranking.RankingService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts the ballots: without a quorum the committee votes again; with it, the proposal stands. */
@Component
public class TallyVotesDelegate implements JavaDelegate {

    private final CommitteeService committee;
    private final RankingService ranking;

    public TallyVotesDelegate(CommitteeService committee, RankingService ranking) {
        this.committee = committee;
        this.ranking = ranking;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = CYCLE_ID.required(execution);
        VoteTally.Result result = committee.tally(cycleId);
        QUORUM_MET.set(execution, result.quorumMet());
        List<RankedNomination> proposed = ranking.rank(cycleId).stream()
                .filter(r -> result.proposed().contains(r.nominationId()))
                .toList();
        PROPOSED_OPTIONS.set(
                execution, ChoiceOptions.of(proposed, RankedNomination::label, r -> String.valueOf(r.nominationId())));
    }
}
