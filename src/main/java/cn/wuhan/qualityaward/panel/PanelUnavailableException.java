package cn.wuhan.qualityaward.panel;

/** The expert pool cannot supply a full panel; never score with a silently smaller one. */
public class PanelUnavailableException extends RuntimeException {

  public PanelUnavailableException(int needed, int available) {
    super("专家库可用专家" + available + "人，不足评审组所需的" + needed + "人");
  }
}
