package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.nomination.Track;
import java.math.BigDecimal;

public record RankedNomination(
    int rank, long nominationId, String referenceNo, String nomineeName, Track track, BigDecimal finalScore) {

  /** How the nominee appears in lists people choose from. */
  public String label() {
    return rank + ". " + nomineeName + "（" + track.label() + "，" + finalScore.toPlainString() + "分，" + referenceNo + "）";
  }
}
