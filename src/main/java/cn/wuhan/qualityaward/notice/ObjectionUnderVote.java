package cn.wuhan.qualityaward.notice;

/** What each member is shown on their vote task, from the award's tables. */
public record ObjectionUnderVote(long nominationId, String candidateName, String grounds, String finding) {}
