package cn.wuhan.qualityaward.committee;

/** 同意 / 不同意 / 弃权. */
public enum Vote {
    AGREE,
    DISAGREE,
    ABSTAIN
}
