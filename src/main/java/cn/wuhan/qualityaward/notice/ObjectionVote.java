package cn.wuhan.qualityaward.notice;

/** A committee member's vote on an objection: 成立 (upheld) or 不成立 (dismissed). */
public enum ObjectionVote {
    UPHOLD,
    DISMISS
}
