package cn.wuhan.qualityaward.recommender;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.common.CanonicalText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationRequest;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.RecommendingUnits;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 推荐单位: each recommender account speaks for one unit (table {@code recommender}). A recommender
 * files for its own unit only (the unit comes from the binding, whatever the form said), adds
 * materials while the nomination is being checked, answers its 补正 requests and follows its unit's
 * nominations; the office files on a unit's behalf as before. Every nomination records its filer.
 */
@Service
public class RecommenderService implements RecommendingUnits {

    /** While the office checks the filing, the unit may still add materials. */
    private static final Set<NominationStatus> OPEN_FOR_MATERIALS = EnumSet.of(
            NominationStatus.RECEIVED, NominationStatus.FORMAL_REVIEW, NominationStatus.CORRECTION_REQUESTED);

    private final RecommenderRepository recommenders;
    private final NominationService nominations;
    private final AwardCycleService cycles;
    private final CommitteeService committee;

    public RecommenderService(
            RecommenderRepository recommenders,
            NominationService nominations,
            AwardCycleService cycles,
            CommitteeService committee) {
        this.recommenders = recommenders;
        this.nominations = nominations;
        this.cycles = cycles;
        this.committee = committee;
    }

    public Optional<String> unitOf(String userId) {
        return userId == null ? Optional.empty() : recommenders.unitOf(userId);
    }

    /** Binds (or rebinds) a recommender account to its unit, named as nominations name it. */
    @Transactional
    public void bind(String userId, String unitName) {
        recommenders.bind(userId, unitName.strip());
    }

    /**
     * Registers a filing and who filed it. A recommender's filing carries its own unit, whether the
     * form left 推荐单位 empty or named that unit; another unit is refused (400 {@code NOT_OWN_UNIT}),
     * never replaced unseen. A member of {@code recommenders} without a unit is refused (400 {@code
     * NO_RECOMMENDING_UNIT}).
     */
    @Transactional
    @Override
    public Nomination register(NominationRequest request, String filedBy, boolean inRecommendersGroup) {
        Optional<String> unit = unitOf(filedBy);
        if (inRecommendersGroup && unit.isEmpty()) {
            throw InvalidInputException.of("recommendingUnit", "NO_RECOMMENDING_UNIT", "您的账号尚未绑定推荐单位，暂不能申报，请联系评审办公室");
        }
        String named = CanonicalText.key(request.recommendingUnit());
        if (unit.isPresent() && !named.isEmpty() && !named.equals(CanonicalText.key(unit.get()))) {
            throw InvalidInputException.of(
                    "recommendingUnit", "NOT_OWN_UNIT", "您的账号只能为本单位（" + unit.get() + "）申报，“推荐单位”请填写本单位或留空，本次申报未提交");
        }
        NominationRequest filed = unit.map(request::withRecommendingUnit).orElse(request);
        Nomination nomination = nominations.register(filed);
        recommenders.recordFiler(nomination.id(), filedBy, unit.isPresent());
        return nomination;
    }

    /**
     * Who may answer the nomination's 补正 request besides the office: the recommenders of its unit when
     * a recommender filed it, nobody else.
     */
    public List<String> correctionClaimants(long nominationId) {
        boolean byRecommender = recommenders
                .filerOf(nominationId)
                .map(RecommenderRepository.Filer::byRecommender)
                .orElse(false);
        return byRecommender
                ? recommenders.usersOf(nominations.get(nominationId).recommendingUnit())
                : List.of();
    }

    /** Whether this account speaks for the nomination's recommending unit. */
    @Override
    public boolean speaksFor(String userId, long nominationId) {
        Optional<String> unit = unitOf(userId);
        return unit.isPresent()
                && unit.get().equals(nominations.get(nominationId).recommendingUnit());
    }

    /** Whether this account may add materials to the nomination now: its unit's, still being checked. */
    @Override
    public boolean mayAddMaterials(String userId, long nominationId) {
        return speaksFor(userId, nominationId)
                && OPEN_FOR_MATERIALS.contains(nominations.get(nominationId).status());
    }

    /** The unit's nominations with their stage; every nomination when {@code unit} is null (the office). */
    public List<UnitNomination> nominationsOf(String unit) {
        List<Long> ids = unit == null ? recommenders.allNominations() : recommenders.nominationsOf(unit);
        Map<String, CycleStatus> cycleStatus = new HashMap<>();
        Map<String, List<Long>> published = new HashMap<>();
        return ids.stream()
                .map(nominations::get)
                .map(n -> {
                    CycleStatus status = cycleStatus.computeIfAbsent(
                            n.cycleId(), c -> cycles.get(c).status());
                    boolean listed = published
                            .computeIfAbsent(n.cycleId(), committee::proposed)
                            .contains(n.id());
                    return new UnitNomination(
                            n.id(),
                            n.cycleId(),
                            n.referenceNo(),
                            n.nomineeName(),
                            n.organization(),
                            n.recommendingUnit(),
                            NominationStage.of(n.status(), status, listed).label(),
                            n.status().label(),
                            recommenders
                                    .filerOf(n.id())
                                    .map(RecommenderRepository.Filer::filedBy)
                                    .orElse(null));
                })
                .toList();
    }
}
