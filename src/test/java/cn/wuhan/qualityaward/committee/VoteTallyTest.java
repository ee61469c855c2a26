package cn.wuhan.qualityaward.committee;

import static cn.wuhan.qualityaward.committee.Vote.ABSTAIN;
import static cn.wuhan.qualityaward.committee.Vote.AGREE;
import static cn.wuhan.qualityaward.committee.Vote.DISAGREE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoteTallyTest {

    private static final List<Long> SHORTLIST = List.of(1L, 2L, 3L);

    @Test
    void aCandidateNeedsTwoThirdsOfTheMembersPresent() {
        Map<String, Map<Long, Vote>> ballots = Map.of(
                "c1", Map.of(1L, AGREE, 2L, AGREE, 3L, DISAGREE),
                "c2", Map.of(1L, AGREE, 2L, AGREE, 3L, AGREE),
                "c3", Map.of(1L, AGREE, 2L, ABSTAIN, 3L, DISAGREE),
                "c4", Map.of(1L, DISAGREE, 2L, AGREE, 3L, AGREE));

        VoteTally.Result result = VoteTally.count(SHORTLIST, ballots, 5, "2/3", 10);

        // 4 present: 1 → 3 agree (3·3 ≥ 4·2), 2 → 3 agree, 3 → 2 agree (6 < 8)
        assertThat(result.quorumMet()).isTrue();
        assertThat(result.present()).isEqualTo(4);
        assertThat(result.proposed()).containsExactly(1L, 2L);
    }

    @Test
    void withoutAQuorumNobodyIsProposed() {
        Map<String, Map<Long, Vote>> ballots =
                Map.of("c1", Map.of(1L, AGREE), "c2", Map.of(1L, AGREE), "c3", Map.of(1L, AGREE));

        VoteTally.Result result = VoteTally.count(SHORTLIST, ballots, 5, "2/3", 10);

        assertThat(result.quorumMet()).isFalse();
        assertThat(result.proposed()).isEmpty();
    }

    @Test
    void neverMoreThanTheQuotaTheBetterRankedFirst() {
        Map<String, Map<Long, Vote>> ballots =
                Map.of("c1", Map.of(1L, AGREE, 2L, AGREE, 3L, AGREE), "c2", Map.of(1L, AGREE, 2L, AGREE, 3L, AGREE));

        assertThat(VoteTally.count(SHORTLIST, ballots, 3, "2/3", 2).proposed()).containsExactly(1L, 2L);
    }

    @Test
    void theQuorumIsConfigurable() {
        Map<String, Map<Long, Vote>> ballots = Map.of("c1", Map.of(1L, AGREE));

        assertThat(VoteTally.count(SHORTLIST, ballots, 2, "1/2", 10).proposed()).containsExactly(1L);
    }
}
