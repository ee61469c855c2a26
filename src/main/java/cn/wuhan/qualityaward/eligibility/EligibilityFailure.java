package cn.wuhan.qualityaward.eligibility;

/** One eligibility rule the nominee does not meet: a code for programs, a reason for people. */
public record EligibilityFailure(String rule, String reason) {}
