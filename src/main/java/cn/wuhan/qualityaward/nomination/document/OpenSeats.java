package cn.wuhan.qualityaward.nomination.document;

/** Whether an expert holds an open seat on a nomination: a scoring or moderation task of theirs still to do. */
public interface OpenSeats {

    boolean holds(long nominationId, String expertId);
}
