package cn.wuhan.qualityaward.notice;

/** OPEN → INVESTIGATED → DISMISSED or UPHELD; a ruling, once recorded, never changes. */
public enum ObjectionStatus {
    /** 调查中 */
    OPEN,
    /** 已调查，待评审委员会表决 */
    INVESTIGATED,
    /** 不成立 */
    DISMISSED,
    /** 成立：候选人撤出名单 */
    UPHELD
}
