package cn.wuhan.qualityaward.nomination;

import java.util.EnumSet;
import java.util.Set;

public enum NominationStatus {
  RECEIVED("已受理"),
  INELIGIBLE("不符合申报条件"),
  FORMAL_REVIEW("形式审查中"),
  CORRECTION_REQUESTED("待补正"),
  WITHDRAWN("逾期未补正，视为撤回"),
  REJECTED("形式审查未通过"),
  TRACK_ASSIGNMENT("待确定评审类别"),
  SCORING("专家评审中"),
  EVALUATED("评审完成"),
  NOT_EVALUATED("评审期满未完成"),
  AWARDED("获奖"),
  NOT_AWARDED("未获奖"),
  WITHDRAWN_ON_OBJECTION("公示期间异议成立，撤出名单");

  /** Still on its way to a score: the cycle waits for these. */
  public static final Set<NominationStatus> IN_EVALUATION =
      EnumSet.of(RECEIVED, FORMAL_REVIEW, CORRECTION_REQUESTED, TRACK_ASSIGNMENT, SCORING);

  /** Scored, whatever the cycle decided later: these are ranked. */
  public static final Set<NominationStatus> SCORED =
      EnumSet.of(EVALUATED, AWARDED, NOT_AWARDED, WITHDRAWN_ON_OBJECTION);

  private final String label;

  NominationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
