package cn.wuhan.qualityaward.committee;

import java.util.List;
import java.util.Map;

/**
 * Counts the committee's ballots: with a quorum present, a candidate is proposed when at least two
 * thirds of the members present agree; never more than the quota, the better ranked first.
 */
public final class VoteTally {

    /** The outcome: whether enough members voted, and who is proposed in rank order. */
    public record Result(boolean quorumMet, int present, List<Long> proposed) {}

    private VoteTally() {}

    public static Result count(
            List<Long> shortlistInRankOrder,
            Map<String, Map<Long, Vote>> ballotsByMember,
            int members,
            String quorum,
            int quota) {
        int present = ballotsByMember.size();
        String[] fraction = quorum.split("/");
        long numerator = Long.parseLong(fraction[0].strip());
        long denominator = fraction.length > 1 ? Long.parseLong(fraction[1].strip()) : 1;
        if (present == 0 || present * denominator < members * numerator) {
            return new Result(false, present, List.of());
        }
        List<Long> proposed = shortlistInRankOrder.stream()
                .filter(candidate -> {
                    long agree = ballotsByMember.values().stream()
                            .filter(b -> b.get(candidate) == Vote.AGREE)
                            .count();
                    return agree * 3 >= present * 2L;
                })
                .limit(quota)
                .toList();
        return new Result(true, present, proposed);
    }
}
