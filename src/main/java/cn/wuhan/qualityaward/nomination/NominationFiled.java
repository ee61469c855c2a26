package cn.wuhan.qualityaward.nomination;

/** The answer to a filed nomination. */
public record NominationFiled(long id, String referenceNo, String status) {}
