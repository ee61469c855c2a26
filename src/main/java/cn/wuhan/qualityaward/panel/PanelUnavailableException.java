package cn.wuhan.qualityaward.panel;

/** The expert pool cannot supply a full, conflict-free panel; never score with a silently smaller one. */
public class PanelUnavailableException extends RuntimeException {

  public PanelUnavailableException(int needed, int available, int unqualified, int conflicted) {
    super(
        "评审组需要"
            + needed
            + "名专家，专家库中可用的只有"
            + available
            + "名（不能评审该类别"
            + unqualified
            + "名，存在利益冲突或已回避"
            + conflicted
            + "名）。请在专家库中补充专家后重试。");
  }
}
