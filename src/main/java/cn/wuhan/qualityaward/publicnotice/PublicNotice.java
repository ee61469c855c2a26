package cn.wuhan.qualityaward.publicnotice;

import java.time.Instant;
import java.util.List;

/**
 * One cycle's public notice (公示) as anyone may read it: the candidates the committee proposed, with
 * where they stand now. No ID numbers, scores, panels or experts.
 *
 * @param open whether objections are accepted now: the cycle is in its notice and {@code endsAt} is ahead
 * @param endsAt the end of the notice period: publication plus the cycle's notice period (ISO-8601)
 */
public record PublicNotice(
        String cycleId, String cycleName, boolean open, Instant endsAt, String endsAtText, List<Candidate> candidates) {

    /**
     * @param candidateReference the 申报编号 an objection names
     * @param standing 公示中, 撤出名单, 获奖…, as {@code report.NoticeListService} words it
     */
    public record Candidate(
            String candidateReference, String nomineeName, String organization, String track, String standing) {}
}
