package cn.wuhan.qualityaward.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.Track;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RankingOrderTest {

    @Test
    void equalFinalScoresShareTheRankOfTheFirstOfThemAndTheNextRankSkips() {
        List<RankedNomination> ranked = RankingOrder.rank(
                List.of(nominee(1, "82.17"), nominee(2, "82.17"), nominee(3, "90.00"), nominee(4, "70.50")),
                tied -> each(tied, new RankedNomination.TieBreak(new BigDecimal("50"), new BigDecimal("82"))));

        assertThat(ranked).extracting(RankedNomination::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked).extracting(RankedNomination::tied).containsExactly(false, true, true, false);
        assertThat(ranked).extracting(RankedNomination::rankLabel).containsExactly("1", "2（并列）", "2（并列）", "4");
        assertThat(ranked).extracting(RankedNomination::nominationId).containsExactly(3L, 1L, 2L, 4L);
    }

    @Test
    void theKeyRequirementsSubtotalOrdersTiedNomineesAndThenTheMedianWithoutChangingTheirRank() {
        Map<Long, RankedNomination.TieBreak> tieBreaks = Map.of(
                1L, new RankedNomination.TieBreak(new BigDecimal("55.00"), new BigDecimal("82.00")),
                2L, new RankedNomination.TieBreak(new BigDecimal("57.50"), new BigDecimal("81.00")),
                3L, new RankedNomination.TieBreak(new BigDecimal("55.00"), new BigDecimal("83.00")));

        List<RankedNomination> ranked = RankingOrder.rank(
                List.of(nominee(1, "82.17"), nominee(2, "82.17"), nominee(3, "82.17")), tied -> tieBreaks);

        assertThat(ranked).extracting(RankedNomination::nominationId).containsExactly(2L, 3L, 1L);
        assertThat(ranked).extracting(RankedNomination::rank).containsOnly(1);
        assertThat(ranked.get(0).inseparableFrom(ranked.get(1))).isFalse();
    }

    @Test
    void theTieBreakIsReadOnceAndOnlyForNomineesWhoShareTheirScore() {
        List<List<Long>> asked = new ArrayList<>();

        RankingOrder.rank(List.of(nominee(1, "90"), nominee(2, "80"), nominee(3, "80.00"), nominee(4, "70")), tied -> {
            asked.add(tied.stream().map(Nomination::id).toList());
            return each(tied, new RankedNomination.TieBreak(BigDecimal.ONE, BigDecimal.ONE));
        });
        RankingOrder.rank(List.of(nominee(1, "90"), nominee(2, "80")), tied -> {
            asked.add(tied.stream().map(Nomination::id).toList());
            return Map.of();
        });

        assertThat(asked).containsExactly(List.of(2L, 3L));
    }

    @Test
    void nomineesEqualInScoreAndTieBreakAreInseparableAndKeepFilingOrder() {
        List<RankedNomination> ranked = RankingOrder.rank(
                List.of(nominee(7, "82.17"), nominee(5, "82.17")),
                tied -> each(tied, new RankedNomination.TieBreak(new BigDecimal("55.0"), new BigDecimal("82.00"))));

        assertThat(ranked).extracting(RankedNomination::nominationId).containsExactly(5L, 7L);
        assertThat(ranked.get(0).inseparableFrom(ranked.get(1))).isTrue();
    }

    private static Map<Long, RankedNomination.TieBreak> each(
            List<Nomination> tied, RankedNomination.TieBreak tieBreak) {
        return tied.stream().collect(Collectors.toMap(Nomination::id, n -> tieBreak));
    }

    private static Nomination nominee(long id, String finalScore) {
        return new Nomination(
                id,
                "2026",
                "2026-" + id,
                "被推荐人" + id,
                "单位",
                "职务",
                "推荐单位",
                "事迹",
                Track.STAFF,
                null,
                NominationStatus.EVALUATED,
                new BigDecimal(finalScore));
    }
}
