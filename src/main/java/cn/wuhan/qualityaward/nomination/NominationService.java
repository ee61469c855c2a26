package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.common.CanonicalText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.eligibility.EligibilityFacts;
import cn.wuhan.qualityaward.eligibility.EligibilityFailure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class NominationService {

    static final String STAGE_ELIGIBILITY = "ELIGIBILITY";
    static final String STAGE_FORMAL_REVIEW = "FORMAL_REVIEW";
    static final String STAGE_TRACK = "TRACK";
    static final String STAGE_CORRECTION = "CORRECTION";
    static final String STAGE_OUTCOME = "OUTCOME";
    private static final String SYSTEM = "system";
    /** A decision's recorded reason (nomination_decision.reason). */
    static final int REASON_MAX = 4000;
    /** Recorded with the track's name and the proposal, within {@link #REASON_MAX}. */
    static final int OVERRIDE_REASON_MAX = 1000;

    private final NominationRepository nominations;
    private final CycleCalendar cycles;
    private final Clock clock;
    private final IdNumberProtection idNumbers;
    private final ClaimableConditions conditions;

    public NominationService(
            NominationRepository nominations,
            CycleCalendar cycles,
            ClaimableConditions conditions,
            Clock clock,
            IdNumberProtection idNumbers) {
        this.nominations = nominations;
        this.idNumbers = idNumbers;
        this.cycles = cycles;
        this.clock = clock;
        this.conditions = conditions;
    }

    /** Files a nomination: either all of it is stored, or nothing and the reasons why. */
    @Transactional
    public Nomination register(NominationRequest filed) {
        NominationRequest request = filed.normalized();
        Instant now = clock.instant();
        String cycleId = request.cycleId() == null ? null : request.cycleId().trim();
        Optional<Integer> year = cycleId == null ? Optional.empty() : cycles.year(cycleId);
        int cycleYear = year.orElse(now.atZone(clock.getZone()).getYear());
        Problems problems = NominationValidator.check(
                request,
                cycleYear,
                conditions.otherTrackConditions(cycleId).keySet(),
                now.atZone(clock.getZone()).toLocalDate());
        if (request.cycleId() != null && !request.cycleId().isBlank() && year.isEmpty()) {
            problems.add("cycleId", "CYCLE_NOT_FOUND", "评选周期“" + request.cycleId() + "”不存在");
        }
        if (year.isPresent() && !cycles.acceptsNominationsAt(cycleId, now)) {
            problems.add("cycleId", "CYCLE_CLOSED", "评选周期“" + cycleId + "”已截止申报");
        }
        problems.throwIfAny();

        // the ID number is kept as a keyed hash (duplicates) and its last four characters (display) only
        String idHash = request.idNumber() == null ? null : idNumbers.hash(request.idNumber());
        String personKey = personKey(request, idHash);
        if (nominations.existsInCycle(request.cycleId(), personKey)
                || nominations.existsByNameInCycle(
                        request.cycleId(),
                        CanonicalText.key(request.nomineeName()),
                        CanonicalText.key(request.organization()),
                        request.idNumber())) {
            throw new DuplicateNominationException(request.cycleId());
        }
        long id = nominations.insert(
                request,
                personKey,
                idHash,
                idHash == null ? null : IdNumberProtection.lastFour(request.idNumber()),
                now);
        nominations.insertClaims(id, request.claimedConditions());
        nominations.assignReferenceNo(id, String.format(Locale.ROOT, "%s-%05d", request.cycleId(), id));
        return get(id);
    }

    public Nomination get(long id) {
        return nominations.find(id).orElseThrow(() -> new NominationNotFound(id));
    }

    /**
     * The nomination filed under this 申报编号 (its process instance's business key, set by the
     * register step); empty when there is none.
     */
    public Optional<Nomination> byReferenceNo(String referenceNo) {
        return referenceNo == null ? Optional.empty() : nominations.findByReferenceNo(referenceNo);
    }

    /** The nominee's ID number as people see it, {@code **************123X}; null when none was filed. */
    public String maskedIdNumber(long id) {
        return nominations
                .findIdNumberLastFour(id)
                .map(IdNumberProtection::masked)
                .orElse(null);
    }

    /** The filing as stored, for the office; the ID number masked. */
    public NominationOnFile onFile(long id) {
        Nomination nomination = get(id);
        NominationRequest filing = nominations.findRequest(id).orElseThrow(() -> new NominationNotFound(id));
        return new NominationOnFile(
                id, nomination.referenceNo(), nomination.status().label(), filing.with("idNumber", maskedIdNumber(id)));
    }

    /** Every recorded decision on the nomination, oldest first. */
    public List<NominationDecision> decisions(long id) {
        return nominations.findDecisions(id);
    }

    public EligibilityFacts eligibilityFacts(long id) {
        NominationRequest r = nominations.findRequest(id).orElseThrow();
        int cycleYear = cycles.year(r.cycleId()).orElseThrow();
        return new EligibilityFacts(
                r.qualityWorkYears(),
                EligibilityFacts.yearsSince(r.majorIncidentYear(), cycleYear),
                EligibilityFacts.yearsSince(r.illegalConductYear(), cycleYear),
                EligibilityFacts.yearsSince(r.badCreditYear(), cycleYear),
                EligibilityFacts.yearsSince(r.awardFraudYear(), cycleYear),
                EligibilityFacts.yearsSince(r.lastAwardYear(), cycleYear));
    }

    /** Returns whether the nominee is eligible. */
    @Transactional
    public boolean recordEligibility(long id, List<EligibilityFailure> failures) {
        boolean eligible = failures.isEmpty();
        String reasons = failures.stream().map(EligibilityFailure::reason).collect(Collectors.joining("；"));
        nominations.insertDecision(
                id, STAGE_ELIGIBILITY, eligible ? "ELIGIBLE" : "INELIGIBLE", reasons, SYSTEM, clock.instant());
        nominations.updateStatus(id, eligible ? NominationStatus.FORMAL_REVIEW : NominationStatus.INELIGIBLE);
        return eligible;
    }

    @Transactional
    public FormalReviewDecision recordFormalReview(long id, String decision, String reason, String actor) {
        FormalReviewDecision parsed = null;
        Problems problems = new Problems();
        try {
            parsed = decision == null ? null : FormalReviewDecision.valueOf(decision);
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        if (parsed == null) {
            problems.add("formalReviewDecision", "REQUIRED", "请选择形式审查结论（通过、需要补正或不予通过）");
        } else if (parsed == FormalReviewDecision.REJECT && (reason == null || reason.isBlank())) {
            problems.add("formalReviewComment", "REASON_REQUIRED", "不予通过时须填写理由");
        } else if (parsed == FormalReviewDecision.CORRECTION && (reason == null || reason.isBlank())) {
            problems.add("formalReviewComment", "REASON_REQUIRED", "要求补正时须写明需要补正的内容");
        }
        problems.limit("formalReviewComment", reason, "形式审查意见", REASON_MAX);
        problems.throwIfAny();
        nominations.insertDecision(id, STAGE_FORMAL_REVIEW, parsed.name(), trim(reason), actor, clock.instant());
        nominations.updateStatus(
                id,
                switch (parsed) {
                    case PASS -> NominationStatus.TRACK_ASSIGNMENT;
                    case CORRECTION -> NominationStatus.CORRECTION_REQUESTED;
                    case REJECT -> NominationStatus.REJECTED;
                });
        return parsed;
    }

    /** The corrected materials are in: back to formal review. */
    @Transactional
    public void recordCorrection(long id, String note, String actor) {
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("correctionNote", "REQUIRED", "请说明补正了哪些材料");
        }
        new Problems().limit("correctionNote", note, "补正说明", REASON_MAX).throwIfAny();
        nominations.insertDecision(id, STAGE_CORRECTION, "SUBMITTED", note.trim(), actor, clock.instant());
        nominations.updateStatus(id, NominationStatus.FORMAL_REVIEW);
    }

    /** No correction by the deadline: the nomination is closed as withdrawn. */
    @Transactional
    public void withdrawForMissedCorrection(long id) {
        nominations.insertDecision(id, STAGE_CORRECTION, "DEADLINE_MISSED", "补正期满未提交补正材料", SYSTEM, clock.instant());
        nominations.updateStatus(id, NominationStatus.WITHDRAWN);
    }

    @Transactional
    public Nomination assignTrack(
            long id, String track, String referenceTrack, String proposedTrack, String overrideReason, String actor) {
        Problems problems = new Problems();
        Optional<Track> parsed = Track.parse(track);
        Optional<Track> reference = Track.parse(referenceTrack);
        if (parsed.isEmpty()) {
            problems.add("track", "REQUIRED", "请选择评审类别（高层管理者、中层管理者、员工或其他人员）");
        } else if (parsed.get().needsReferenceTrack()) {
            if (reference.isEmpty() || reference.get().needsReferenceTrack()) {
                problems.add("referenceTrack", "REFERENCE_TRACK_REQUIRED", "其他人员须选择参照评审的类别（高层管理者、中层管理者或员工）");
            }
            if (nominations.findClaims(id).isEmpty()) {
                problems.add("track", "NO_CONDITION_CLAIMED", "被推荐人未申报任何一项其他人员条件，不能按其他人员评审");
            }
        }
        Optional<Track> proposed = Track.parse(proposedTrack);
        boolean overridden = parsed.isPresent() && proposed.isPresent() && parsed.get() != proposed.get();
        if (overridden && (overrideReason == null || overrideReason.isBlank())) {
            problems.add(
                    "trackOverrideReason",
                    "REASON_REQUIRED",
                    "所选评审类别与系统建议的“" + proposed.get().label() + "”不同，须说明理由");
        }
        problems.limit("trackOverrideReason", overrideReason, "调整评审类别的理由", OVERRIDE_REASON_MAX);
        problems.throwIfAny();
        Track chosen = parsed.get();
        Track ref = chosen.needsReferenceTrack() ? reference.get() : null;
        nominations.updateTrack(id, chosen, ref);
        String reason = Stream.of(
                        ref == null ? null : "参照" + ref.label(),
                        overridden ? "调整系统建议（" + proposed.get().label() + "）：" + overrideReason.trim() : null)
                .filter(Objects::nonNull)
                .collect(Collectors.joining("；"));
        nominations.insertDecision(
                id, STAGE_TRACK, chosen.name(), reason.isEmpty() ? null : reason, actor, clock.instant());
        nominations.updateStatus(id, NominationStatus.SCORING);
        return get(id);
    }

    /** The 其他人员 conditions the nominee claims, as the experts read them: condition text and justification. */
    public List<String> claimedConditionTexts(long id) {
        Map<String, String> offered = conditions.otherTrackConditions(get(id).cycleId());
        return nominations.findClaims(id).stream()
                .map(c -> offered.getOrDefault(c.conditionId(), c.conditionId()) + "（说明：" + c.justification() + "）")
                .toList();
    }

    @Transactional
    public void recordFinalScore(long id, BigDecimal finalScore) {
        nominations.updateFinalScore(id, finalScore);
        nominations.updateStatus(id, NominationStatus.EVALUATED);
    }

    public boolean allEvaluated(String cycleId) {
        return nominations
                .findByCycleAndStatus(cycleId, NominationStatus.IN_EVALUATION)
                .isEmpty();
    }

    /**
     * Closes the scoring of every nomination still under evaluation; returns their ids. A nomination
     * whose last sheet commits in the meantime keeps its score: the update checks the status again.
     */
    @Transactional
    public List<Long> closeUnfinished(String cycleId) {
        return nominations.findByCycleAndStatus(cycleId, NominationStatus.IN_EVALUATION).stream()
                .map(Nomination::id)
                .filter(id -> nominations.updateStatusIfIn(
                        id, NominationStatus.NOT_EVALUATED, NominationStatus.IN_EVALUATION))
                .toList();
    }

    /** The nominations with a final score, before and after the cycle's decision. */
    public List<Nomination> evaluated(String cycleId) {
        return nominations.findByCycleAndStatus(cycleId, List.copyOf(NominationStatus.SCORED));
    }

    public List<Nomination> ofCycle(String cycleId) {
        return nominations.findByCycle(cycleId);
    }

    /** Taken off the proposed list on an upheld objection: the nomination ends as withdrawn. */
    @Transactional
    public void recordWithdrawnOnObjection(long id) {
        nominations.updateStatus(id, NominationStatus.WITHDRAWN_ON_OBJECTION);
        nominations.insertDecision(
                id,
                STAGE_OUTCOME,
                CycleOutcome.WITHDRAWN.name(),
                NominationStatus.WITHDRAWN_ON_OBJECTION.label(),
                SYSTEM,
                clock.instant());
    }

    @Transactional
    public void recordOutcome(long id, boolean awarded) {
        nominations.updateStatus(id, awarded ? NominationStatus.AWARDED : NominationStatus.NOT_AWARDED);
        nominations.insertDecision(
                id,
                STAGE_OUTCOME,
                (awarded ? CycleOutcome.AWARDED : CycleOutcome.NOT_AWARDED).name(),
                null,
                SYSTEM,
                clock.instant());
    }

    private static String personKey(NominationRequest r, String idHash) {
        if (idHash != null) {
            return "ID:" + idHash;
        }
        return "NAME:" + r.nomineeName().trim() + "|" + r.organization().trim();
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
