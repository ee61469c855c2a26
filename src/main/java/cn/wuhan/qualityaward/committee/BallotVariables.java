package cn.wuhan.qualityaward.committee;

import cn.wuhan.qualityaward.common.BlindVariables;

/**
 * The keys of the ballot form, as the committee's code names them; declared in {@link BlindVariables}.
 * Like score sheets, ballots are only in flight while a vote completes: stored in the project's tables,
 * then dropped, so no member sees another's vote.
 */
public final class BallotVariables {

    public static final String PREFIX = BlindVariables.BALLOT_PREFIX;
    public static final String AGREE = BlindVariables.BALLOT_AGREE;
    public static final String DISAGREE = BlindVariables.BALLOT_DISAGREE;

    private BallotVariables() {}

    public static boolean isBallotVariable(String name) {
        return BlindVariables.isBallot(name);
    }
}
