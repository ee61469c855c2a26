package cn.wuhan.qualityaward.ranking;

import cn.wuhan.qualityaward.nomination.Nomination;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ranking rule, without storage: highest final score first; equal final scores share the rank
 * of the first of them (1, 1, 3) and are ordered among themselves by their {@link
 * RankedNomination.TieBreak}, then by filing order, which decides nothing the rule cares about.
 */
final class RankingOrder {

    private static final Comparator<RankedNomination.TieBreak> TIE_BREAK = Comparator.comparing(
                    RankedNomination.TieBreak::keySubtotal)
            .thenComparing(RankedNomination.TieBreak::median)
            .reversed();

    private RankingOrder() {}

    /**
     * {@code tieBreaks} is asked once, for the nominees who share their final score (and not at all
     * without ties), and answers with each one's tie-break by nomination id.
     */
    static List<RankedNomination> rank(
            List<Nomination> evaluated, Function<List<Nomination>, Map<Long, RankedNomination.TieBreak>> tieBreaks) {
        List<Nomination> byScore = evaluated.stream()
                .sorted(Comparator.comparing(Nomination::finalScore).reversed().thenComparing(Nomination::id))
                .toList();
        List<Nomination> tied = new ArrayList<>();
        for (int i = 0; i < byScore.size(); i++) {
            boolean sameAsPrevious = i > 0 && sameScore(byScore.get(i), byScore.get(i - 1));
            boolean sameAsNext = i + 1 < byScore.size() && sameScore(byScore.get(i), byScore.get(i + 1));
            if (sameAsPrevious || sameAsNext) {
                tied.add(byScore.get(i));
            }
        }
        Map<Long, RankedNomination.TieBreak> tieBreak = tied.isEmpty() ? Map.of() : tieBreaks.apply(tied);
        List<RankedNomination> ranking = new ArrayList<>();
        int start = 0;
        while (start < byScore.size()) {
            int end = start + 1;
            while (end < byScore.size() && sameScore(byScore.get(end), byScore.get(start))) {
                end++;
            }
            List<Nomination> group = byScore.subList(start, end);
            int rank = start + 1;
            if (group.size() == 1) {
                ranking.add(ranked(rank, group.get(0), null));
            } else {
                group.stream()
                        .map(n -> ranked(rank, n, tieBreak.get(n.id())))
                        .sorted(Comparator.comparing(RankedNomination::tie, TIE_BREAK)
                                .thenComparing(RankedNomination::nominationId))
                        .forEach(ranking::add);
            }
            start = end;
        }
        return ranking;
    }

    private static boolean sameScore(Nomination a, Nomination b) {
        return a.finalScore().compareTo(b.finalScore()) == 0;
    }

    private static RankedNomination ranked(int rank, Nomination n, RankedNomination.TieBreak tie) {
        return new RankedNomination(
                rank, n.id(), n.referenceNo(), n.nomineeName(), n.track(), n.finalScore(), tie, false);
    }
}
