package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.committee.Vote;
import cn.wuhan.qualityaward.committee.VoteTally;
import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.BlindVariables;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示异议: in writing, under a real name, within the notice period, about a candidate on the list.
 * The office investigates; the committee votes, round by round until a quorum votes, and an
 * objection upheld by two thirds of the members present withdraws the candidate.
 */
@Service
public class ObjectionService {

    private static final Set<String> NOT_A_NAME = Set.of("匿名", "无名", "无名氏", "不愿透露", "群众", "知情人", "某某", "anonymous");

    /** The form fields of a member's vote; ballot variables, so they never reach history. */
    public static final String VOTE_FIELD = BlindVariables.OBJECTION_VOTE;

    public static final String NOTE_FIELD = BlindVariables.OBJECTION_NOTE;
    /** Who the records name for a ruling: the committee as a body, not the member who voted last. */
    private static final String COMMITTEE = "committee";

    private final ObjectionRepository objections;
    private final ObjectionVoteRepository votes;
    private final AwardCycleService cycles;
    private final CommitteeService committee;
    private final NominationService nominations;
    private final String quorum;
    private final Clock clock;

    public ObjectionService(
            ObjectionRepository objections,
            ObjectionVoteRepository votes,
            AwardCycleService cycles,
            CommitteeService committee,
            NominationService nominations,
            AwardProperties properties,
            Clock clock) {
        this.objections = objections;
        this.votes = votes;
        this.cycles = cycles;
        this.committee = committee;
        this.nominations = nominations;
        this.quorum = properties.committee().quorum();
        this.clock = clock;
    }

    /** A filed objection: its id and the nomination of the candidate it names. */
    public record Filed(long id, long nominationId) {}

    /**
     * Files an objection about a candidate named by the 申报编号 on the cycle's published list.
     *
     * @throws InvalidInputException every problem at once, by field, in Chinese; nothing is stored:
     *     {@code CYCLE_NOT_FOUND}, {@code NOT_IN_NOTICE}, {@code candidateReference} {@code REQUIRED} or
     *     {@code NOT_ON_LIST} (no such 申报编号 on this cycle's list), and the objector's fields
     */
    @Transactional
    public Filed file(ObjectionRequest r, String filedBy) {
        Problems problems = new Problems();
        Optional<AwardCycle> cycle = r.cycleId() == null ? Optional.empty() : cycles.find(r.cycleId());
        String reference =
                r.candidateReference() == null ? "" : r.candidateReference().strip();
        Optional<Long> candidate = Optional.empty();
        if (cycle.isEmpty()) {
            problems.add("cycleId", "CYCLE_NOT_FOUND", "评选周期“" + r.cycleId() + "”不存在");
        } else if (cycle.get().status() != CycleStatus.PUBLIC_NOTICE) {
            problems.add("cycleId", "NOT_IN_NOTICE", "评选周期“" + r.cycleId() + "”不在公示期内，不受理异议");
        } else if (reference.isEmpty()) {
            problems.add("candidateReference", "REQUIRED", "请选择被提出异议的候选人（公示名单所列的申报编号）");
        } else {
            candidate = onList(r.cycleId(), reference);
            if (candidate.isEmpty()) {
                problems.add("candidateReference", "NOT_ON_LIST", "申报编号“" + reference + "”不在本期公示名单中");
            }
        }
        String name = r.objectorName() == null ? "" : r.objectorName().strip();
        if (name.isEmpty() || NOT_A_NAME.contains(name.toLowerCase(Locale.ROOT))) {
            problems.add("objectorName", "REAL_NAME_REQUIRED", "异议须署真实姓名，不受理匿名异议");
        } else if (name.length() > 50) {
            problems.add("objectorName", "TOO_LONG", "姓名不能超过50个字");
        }
        text(problems, "objectorContact", r.objectorContact(), "请填写联系方式", 100);
        text(problems, "grounds", r.grounds(), "请写明异议的事实和理由", 4000);
        problems.throwIfAny();
        long nominationId = candidate.orElseThrow();
        return new Filed(objections.insert(r, nominationId, filedBy, clock.instant()), nominationId);
    }

    /** The nomination on the cycle's published list whose 申报编号 is this one. */
    private Optional<Long> onList(String cycleId, String reference) {
        return committee.proposed(cycleId).stream()
                .filter(id -> reference.equals(nominations.get(id).referenceNo()))
                .findFirst();
    }

    @Transactional
    public void recordFinding(long id, String finding) {
        if (finding == null || finding.isBlank()) {
            throw InvalidInputException.of("finding", "REQUIRED", "请填写调查情况");
        }
        new Problems().limit("finding", finding, "调查情况", 4000).throwIfAny();
        if (!objections.recordFinding(id, finding.strip())) {
            throw new IllegalStateException("objection " + id + " is not under investigation");
        }
    }

    /**
     * Opens the next round of the committee's vote on an investigated objection: records who may
     * vote and until when.
     *
     * @param members the committee's members (user ids), at least one
     * @return the round's number, 1 for the first
     */
    @Transactional
    public int openVoting(long id, List<String> members, Instant dueAt) {
        if (members.isEmpty()) {
            throw new IllegalStateException("the committee has no members to vote on objection " + id);
        }
        if (objections.statusOf(id) != ObjectionStatus.INVESTIGATED) {
            throw new IllegalStateException("objection " + id + " is not waiting for a ruling");
        }
        return votes.openRound(id, members, clock.instant(), dueAt);
    }

    /**
     * One member's vote in the objection's current round: 成立 ({@code UPHOLD}) or 不成立
     * ({@code DISMISS}), with an optional note of at most 1000 characters. Only a member recorded for
     * the round may vote, once.
     *
     * @throws InvalidInputException with the Chinese reason, and nothing stored, when the vote is refused
     */
    @Transactional
    public void castVote(long id, String member, String vote, String note) {
        int round = votes.currentRound(id);
        Problems problems = new Problems();
        if (!"UPHOLD".equals(vote) && !"DISMISS".equals(vote)) {
            problems.add(VOTE_FIELD, "REQUIRED", "请选择异议成立或异议不成立");
        }
        problems.limit(NOTE_FIELD, note, "表决说明", 1000);
        if (objections.statusOf(id) != ObjectionStatus.INVESTIGATED || round == 0) {
            problems.add(VOTE_FIELD, "NOT_OPEN", "该异议不在表决中");
        } else if (!votes.isMember(id, round, member)) {
            problems.add("member", "NOT_A_MEMBER", "您不是本轮表决的评审委员会委员，不能表决");
        } else if (votes.hasVoted(id, round, member)) {
            problems.add("member", "ALREADY_VOTED", "您已对该异议投过票，不能重复表决");
        }
        problems.throwIfAny();
        String kept = note == null || note.isBlank() ? null : note.strip();
        votes.insert(id, round, member, ObjectionVote.valueOf(vote), kept, clock.instant());
    }

    /** The count of a round: whether a quorum voted, and then whether the objection is upheld. */
    public record Ruling(boolean quorumMet, boolean upheld) {}

    /**
     * Counts the current round as the cycle's ballot is counted ({@link VoteTally}): with a quorum
     * ({@code award.committee.quorum} of the round's members) present, the objection is upheld when at
     * least two thirds of the members present vote 成立, and dismissed otherwise; the ruling is then
     * recorded, and an upheld objection withdraws the candidate. Without a quorum nothing is recorded
     * and the committee votes again.
     */
    @Transactional
    public Ruling tally(long id) {
        int round = votes.currentRound(id);
        List<String> members = votes.members(id, round);
        Map<String, Map<Long, Vote>> ballots = new HashMap<>();
        votes.votes(id, round)
                .forEach((member, vote) ->
                        ballots.put(member, Map.of(id, vote == ObjectionVote.UPHOLD ? Vote.AGREE : Vote.DISAGREE)));
        VoteTally.Result result = VoteTally.count(List.of(id), ballots, members.size(), quorum, 1);
        if (!result.quorumMet()) {
            return new Ruling(false, false);
        }
        boolean upheld = !result.proposed().isEmpty();
        long upholding =
                ballots.values().stream().filter(b -> b.get(id) == Vote.AGREE).count();
        String reason = "评审委员会第" + round + "轮表决：委员" + members.size() + "人，出席" + result.present() + "人，"
                + upholding + "票成立，" + (result.present() - upholding) + "票不成立，"
                + (upheld ? "达到" : "未达到") + "出席委员的三分之二。";
        objections.decide(id, upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED, reason);
        if (upheld) {
            committee.withdraw(objections.cycleOf(id), objections.nominationOf(id), "异议成立：" + reason, COMMITTEE);
        }
        return new Ruling(true, upheld);
    }

    /** The objection as the committee votes on it: the candidate, the grounds, the office's finding. */
    public ObjectionUnderVote underVote(long id) {
        ObjectionUnderVote stored = objections.underVote(id);
        return new ObjectionUnderVote(
                stored.nominationId(),
                nominations.get(stored.nominationId()).nomineeName(),
                stored.grounds(),
                stored.finding());
    }

    public boolean anyOpen(String cycleId) {
        return objections.openIn(cycleId) > 0;
    }

    public ObjectionOutcome outcome(long id) {
        return objections.outcome(id);
    }

    public String cycleOf(long id) {
        return objections.cycleOf(id);
    }

    private static void text(Problems problems, String field, String value, String missing, int max) {
        if (value == null || value.isBlank()) {
            problems.add(field, "REQUIRED", missing);
        } else if (value.length() > max) {
            problems.add(field, "TOO_LONG", "不能超过" + max + "个字");
        }
    }
}
