package cn.wuhan.qualityaward.ranking;

import cn.wuhan.qualityaward.criteria.CriteriaService;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.scoring.ScoringService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The cycle's ranking of evaluated nominations by the rule of {@link RankingOrder}: highest final
 * score first, equal final scores share a rank and are ordered by the 关键要求 subtotal, then the
 * median of the sheet totals (README, "The records of a cycle").
 */
@Service
public class RankingService {

    private final NominationService nominations;
    private final SheetSubtotalRepository subtotals;
    private final ScoringService scoring;
    private final CriteriaService criteria;

    public RankingService(
            NominationService nominations,
            SheetSubtotalRepository subtotals,
            ScoringService scoring,
            CriteriaService criteria) {
        this.nominations = nominations;
        this.subtotals = subtotals;
        this.scoring = scoring;
        this.criteria = criteria;
    }

    public List<RankedNomination> rank(String cycleId) {
        return rank(cycleId, nominations.evaluated(cycleId));
    }

    /**
     * The ranking of {@code evaluated}, the cycle's nominations as {@link NominationService#evaluated}
     * lists them, for a caller that has read them already.
     */
    public List<RankedNomination> rank(String cycleId, List<Nomination> evaluated) {
        return RankingOrder.rank(evaluated, tied -> tieBreaks(cycleId, tied));
    }

    /** One read for all tied nominees of the cycle: their sheets' totals and 关键要求 subtotals. */
    private Map<Long, RankedNomination.TieBreak> tieBreaks(String cycleId, List<Nomination> tied) {
        Map<Long, RankedNomination.TieBreak> tieBreaks = new HashMap<>();
        subtotals
                .subtotals(cycleId, tied.stream().map(Nomination::id).toList(), keyItems(criteria.rubricOf(cycleId)))
                .forEach((id, sheets) -> tieBreaks.put(
                        id,
                        new RankedNomination.TieBreak(
                                scoring.summarize(sheets.stream()
                                                .map(SheetSubtotalRepository.Subtotal::items)
                                                .toList())
                                        .trimmedMean(),
                                scoring.summarize(sheets.stream()
                                                .map(SheetSubtotalRepository.Subtotal::total)
                                                .toList())
                                        .median())));
        return tieBreaks;
    }

    /**
     * The item ids of every track's 关键要求 in the cycle's rubric. A sheet holds the common parts and
     * one track's 关键要求, and no common item shares an id with a 关键要求 item (the criteria check
     * refuses a repeated id), so these ids pick a sheet's 关键要求 items.
     */
    private static Set<String> keyItems(Rubric rubric) {
        return Stream.of(Track.values())
                .filter(track -> !track.needsReferenceTrack())
                .flatMap(track -> rubric.track(track).keyPart().dimensions().stream())
                .flatMap(d -> d.items().stream())
                .map(RubricItem::id)
                .collect(Collectors.toUnmodifiableSet());
    }
}
