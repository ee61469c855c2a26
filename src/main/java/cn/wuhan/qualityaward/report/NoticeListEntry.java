package cn.wuhan.qualityaward.report;

/**
 * One candidate on the published list (公示名单) and where they stand now, with their rank in the
 * cycle's ranking; {@code tied}: that rank is shared with another nominee of equal final score.
 */
public record NoticeListEntry(
        int number,
        String referenceNo,
        String nomineeName,
        String organization,
        String position,
        String track,
        String standing,
        int rank,
        boolean tied) {

    /** "3" or "3（并列）". */
    public String rankLabel() {
        return tied ? rank + "（并列）" : String.valueOf(rank);
    }
}
