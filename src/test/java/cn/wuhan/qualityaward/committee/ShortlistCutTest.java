package cn.wuhan.qualityaward.committee;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShortlistCutTest {

    private static final RankedNomination.TieBreak EVEN = tie("55", "82");

    @Test
    void withoutATieAtTheCutTheShortlistHasItsSize() {
        List<RankedNomination> ranked =
                List.of(ranked(1, 1, "90", null), ranked(2, 2, "85", null), ranked(3, 3, "80", null));

        assertThat(CommitteeService.cut(ranked, 2))
                .extracting(RankedNomination::nominationId)
                .containsExactly(1L, 2L);
    }

    @Test
    void theTieBreakDecidesWhichTiedNomineeIsAboveTheCut() {
        List<RankedNomination> ranked = List.of(
                ranked(1, 1, "90", null),
                ranked(2, 2, "82.17", tie("57", "82")),
                ranked(3, 2, "82.17", tie("55", "82")));

        List<RankedNomination> shortlist = CommitteeService.cut(ranked, 2);

        assertThat(shortlist).extracting(RankedNomination::nominationId).containsExactly(1L, 2L);
        assertThat(shortlist).noneMatch(RankedNomination::atShortlistCut);
    }

    @Test
    void nomineesTheTieBreakCannotSeparateAtTheCutAllGoOnTheShortlistMarked() {
        List<RankedNomination> ranked = List.of(
                ranked(1, 1, "90", null),
                ranked(2, 2, "82.17", tie("57", "82")),
                ranked(3, 2, "82.17", EVEN),
                ranked(4, 2, "82.17", EVEN),
                ranked(5, 2, "82.17", EVEN),
                ranked(6, 6, "80", null));

        List<RankedNomination> shortlist = CommitteeService.cut(ranked, 3);

        assertThat(shortlist).extracting(RankedNomination::nominationId).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(shortlist)
                .extracting(RankedNomination::atShortlistCut)
                .containsExactly(false, false, true, true, true);
        assertThat(shortlist.get(4).label()).startsWith("2（并列）. ").endsWith("一并列入候选名单");
    }

    private static RankedNomination.TieBreak tie(String keySubtotal, String median) {
        return new RankedNomination.TieBreak(new BigDecimal(keySubtotal), new BigDecimal(median));
    }

    private static RankedNomination ranked(long id, int rank, String finalScore, RankedNomination.TieBreak tie) {
        return new RankedNomination(
                rank, id, "2026-" + id, "被推荐人" + id, Track.STAFF, new BigDecimal(finalScore), tie, false);
    }
}
