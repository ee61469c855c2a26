package cn.wuhan.qualityaward.panel;

/** An expert left a panel (recusal, reassignment); published in the transaction that records it. */
public record SeatVacated(long nominationId, String expertId) {}
