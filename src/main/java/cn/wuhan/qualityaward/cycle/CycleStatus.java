package cn.wuhan.qualityaward.cycle;

public enum CycleStatus {
  /** 征集申报 */
  OPEN,
  /** 专家评审 */
  SCORING,
  /** 评审委员会评议 */
  COMMITTEE_REVIEW,
  /** 公示 */
  PUBLIC_NOTICE,
  /** 市政府审定 */
  FINAL_APPROVAL,
  /** 已表彰 */
  ANNOUNCED
}
