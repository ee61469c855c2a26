package cn.wuhan.qualityaward.committee;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.ranking.RankingService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评审委员会: a shortlist larger than the quota (差额) drawn from the ranking, one secret ballot per
 * member, and the proposal the ballots carry.
 */
@Service
public class CommitteeService {

    static final String STAGE = "PROPOSAL";
    static final String PROPOSED = "PROPOSED";
    static final String WITHDRAWN = "WITHDRAWN";

    private final RankingService ranking;
    private final AwardCycleService cycles;
    private final CycleDecisionRepository decisions;
    private final BallotRepository ballots;
    private final VotingRoundRepository rounds;
    private final String quorum;
    private final Clock clock;

    public CommitteeService(
            RankingService ranking,
            AwardCycleService cycles,
            CycleDecisionRepository decisions,
            BallotRepository ballots,
            VotingRoundRepository rounds,
            AwardProperties properties,
            Clock clock) {
        this.ranking = ranking;
        this.cycles = cycles;
        this.decisions = decisions;
        this.ballots = ballots;
        this.rounds = rounds;
        this.quorum = properties.committee().quorum();
        this.clock = clock;
    }

    /**
     * The best ranked nominees, half again as many as the quota (at least one more), in rank order.
     * Where the cut falls inside a tie, the tie-break decides who is above it; nominees it cannot
     * separate from the last one above the cut all go on the list, marked so on the ballot.
     */
    public List<RankedNomination> shortlist(String cycleId) {
        int quota = cycles.get(cycleId).quota();
        return cut(ranking.rank(cycleId), Math.max(quota + 1, (quota * 3 + 1) / 2));
    }

    /** The first {@code size} of {@code ranked}, and whoever cannot be separated from the last of them. */
    static List<RankedNomination> cut(List<RankedNomination> ranked, int size) {
        if (ranked.size() <= size) {
            return ranked;
        }
        RankedNomination last = ranked.get(size - 1);
        int end = size;
        while (end < ranked.size() && ranked.get(end).inseparableFrom(last)) {
            end++;
        }
        if (end == size) {
            return ranked.subList(0, size);
        }
        List<RankedNomination> shortlist = new ArrayList<>(ranked.subList(0, end));
        shortlist.replaceAll(r -> r.inseparableFrom(last) ? r.takenInAtShortlistCut() : r);
        return List.copyOf(shortlist);
    }

    /**
     * A new round of voting: earlier ballots of the cycle no longer count; the members and the
     * shortlist with its labels are fixed as they stand now, and every ballot and the tally of this
     * round read them.
     *
     * @return the round's candidates in ballot order
     */
    @Transactional
    public List<VotingRoundRepository.Candidate> openVoting(String cycleId, List<String> members) {
        ballots.clear(cycleId);
        List<VotingRoundRepository.Candidate> candidates = shortlist(cycleId).stream()
                .map(r -> new VotingRoundRepository.Candidate(r.nominationId(), r.label()))
                .toList();
        rounds.open(cycleId, members, candidates);
        return candidates;
    }

    /** The members of the open round, as recorded when it opened. */
    public List<String> roundMembers(String cycleId) {
        return rounds.members(cycleId);
    }

    private List<Long> roundCandidates(String cycleId) {
        return rounds.candidates(cycleId).stream()
                .map(VotingRoundRepository.Candidate::nominationId)
                .toList();
    }

    /** One member's ballot: candidates ticked "agree" or "disagree"; the rest are abstentions. */
    @Transactional
    public void castBallot(String cycleId, String member, List<Long> agree, List<Long> disagree) {
        Map<Long, String> labels = new HashMap<>();
        rounds.candidates(cycleId).forEach(c -> labels.put(c.nominationId(), c.label()));
        Set<Long> shortlisted = labels.keySet();
        Problems problems = new Problems();
        if (member == null || !rounds.members(cycleId).contains(member)) {
            problems.add("member", "NOT_A_MEMBER", "您不是本轮表决的评审委员会委员").throwIfAny();
        }
        for (Long id : agree) {
            if (!shortlisted.contains(id)) {
                problems.add(BallotVariables.AGREE, "NOT_SHORTLISTED", "申报 " + id + " 不在候选名单中");
            }
            if (disagree.contains(id)) {
                problems.add(
                        BallotVariables.DISAGREE, "BOTH_WAYS", "对“" + labels.get(id) + "”只能选择“同意”或“不同意”其中之一，都不选即为弃权");
            }
        }
        disagree.stream()
                .filter(id -> !shortlisted.contains(id))
                .forEach(id -> problems.add(BallotVariables.DISAGREE, "NOT_SHORTLISTED", "申报 " + id + " 不在候选名单中"));
        if (ballots.hasVoted(cycleId, member)) {
            problems.add("member", "ALREADY_VOTED", "您已投过票");
        }
        problems.throwIfAny();
        ballots.attend(cycleId, member, clock.instant());
        for (Long id : shortlisted) {
            Vote vote = agree.contains(id) ? Vote.AGREE : disagree.contains(id) ? Vote.DISAGREE : Vote.ABSTAIN;
            ballots.insert(cycleId, member, id, vote, clock.instant());
        }
    }

    /** Counts the round's ballots against the round's members; with a quorum, records and returns the proposal. */
    @Transactional
    public VoteTally.Result tally(String cycleId) {
        List<Long> shortlist = roundCandidates(cycleId);
        VoteTally.Result result = VoteTally.count(
                shortlist,
                ballots.byMember(cycleId),
                rounds.members(cycleId).size(),
                quorum,
                cycles.get(cycleId).quota());
        if (result.quorumMet()) {
            result.proposed()
                    .forEach(id -> decisions.insert(cycleId, STAGE, id, PROPOSED, null, "committee", clock.instant()));
        }
        return result;
    }

    /** The proposed list as it stands: proposed by the vote, less candidates withdrawn on an objection. */
    public List<Long> proposed(String cycleId) {
        List<Long> withdrawn = decisions.nominations(cycleId, STAGE, WITHDRAWN);
        return decisions.nominations(cycleId, STAGE, PROPOSED).stream()
                .filter(id -> !withdrawn.contains(id))
                .toList();
    }

    /** Everyone the committee proposed, as published for the notice, withdrawn or not. */
    public List<Long> published(String cycleId) {
        return decisions.nominations(cycleId, STAGE, PROPOSED);
    }

    public List<Long> withdrawn(String cycleId) {
        return decisions.nominations(cycleId, STAGE, WITHDRAWN);
    }

    /** An upheld objection takes the candidate off the list. */
    @Transactional
    public void withdraw(String cycleId, long nominationId, String reason, String actor) {
        decisions.insert(cycleId, STAGE, nominationId, WITHDRAWN, reason, actor, clock.instant());
    }
}
