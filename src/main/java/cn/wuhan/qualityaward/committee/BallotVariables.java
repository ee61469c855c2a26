package cn.wuhan.qualityaward.committee;

/**
 * The keys of the ballot form. Like score sheets, ballots are only in flight while a vote
 * completes: stored in the project's tables, then dropped, so no member sees another's vote.
 */
public final class BallotVariables {

    public static final String PREFIX = "ballot_";
    public static final String AGREE = PREFIX + "agree";
    public static final String DISAGREE = PREFIX + "disagree";

    private BallotVariables() {}

    public static boolean isBallotVariable(String name) {
        return name != null && name.startsWith(PREFIX);
    }
}
