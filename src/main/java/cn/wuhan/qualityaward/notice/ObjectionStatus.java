package cn.wuhan.qualityaward.notice;

public enum ObjectionStatus {
  /** 调查中 */
  OPEN,
  /** 不成立 */
  DISMISSED,
  /** 成立：候选人撤出名单 */
  UPHELD
}
