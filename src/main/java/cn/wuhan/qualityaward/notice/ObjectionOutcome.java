package cn.wuhan.qualityaward.notice;

/** How an objection was decided, and who filed it. */
public record ObjectionOutcome(
        long nominationId, String filedBy, String objectorName, ObjectionStatus status, String decisionReason) {}
