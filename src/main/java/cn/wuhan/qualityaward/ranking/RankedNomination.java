package cn.wuhan.qualityaward.ranking;

import cn.wuhan.qualityaward.nomination.Track;
import java.math.BigDecimal;

/**
 * One nominee's place in the ranking. Nominees with equal final scores share a rank (1, 1, 3) and
 * carry their {@link TieBreak}; {@code tie} is null for a nominee whose final score nobody shares.
 * {@code atShortlistCut} marks the tied nominees that the shortlist takes in together because the
 * tie-break cannot separate them at its cut.
 */
public record RankedNomination(
        int rank,
        long nominationId,
        String referenceNo,
        String nomineeName,
        Track track,
        BigDecimal finalScore,
        TieBreak tie,
        boolean atShortlistCut) {

    /**
     * What orders nominees of equal final score among themselves, first to last: the 关键要求
     * subtotal (aggregated over the sheets as the final score is: the trimmed mean), then the median
     * of the sheet totals, both higher first. It never changes the shared rank.
     */
    public record TieBreak(BigDecimal keySubtotal, BigDecimal median) {

        boolean same(TieBreak other) {
            return keySubtotal.compareTo(other.keySubtotal) == 0 && median.compareTo(other.median) == 0;
        }
    }

    public boolean tied() {
        return tie != null;
    }

    /** Equal final score and equal tie-break: nothing in the rule puts one before the other. */
    public boolean inseparableFrom(RankedNomination other) {
        return tied() && other.tied() && finalScore.compareTo(other.finalScore) == 0 && tie.same(other.tie);
    }

    /** This nominee, marked as taken onto the shortlist with the others it cannot be separated from. */
    public RankedNomination takenInAtShortlistCut() {
        return new RankedNomination(rank, nominationId, referenceNo, nomineeName, track, finalScore, tie, true);
    }

    /** The rank as people read it: "3" or "3（并列）". */
    public String rankLabel() {
        return tied() ? rank + "（并列）" : String.valueOf(rank);
    }

    /** How the nominee appears in lists people choose from. */
    public String label() {
        return rankLabel() + ". " + nomineeName + "（" + track.label() + "，" + finalScore.toPlainString() + "分，"
                + referenceNo + "）" + (atShortlistCut ? "——与入围线上的候选人得分并列且无法区分，一并列入候选名单" : "");
    }
}
