package cn.wuhan.qualityaward.nomination;

import java.math.BigDecimal;

public record Nomination(
        long id,
        String cycleId,
        String referenceNo,
        String nomineeName,
        String organization,
        String position,
        String recommendingUnit,
        String summary,
        Track track,
        Track referenceTrack,
        NominationStatus status,
        BigDecimal finalScore) {

    /** The track whose 关键要求 the experts score: the reference track for 其他人员. */
    public Track scoringTrack() {
        return track != null && track.needsReferenceTrack() ? referenceTrack : track;
    }
}
