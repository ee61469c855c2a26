package cn.wuhan.qualityaward.cycle;

import java.util.List;

/**
 * The scoring deadline closed these nominations of a cycle unscored, with every seat on their panels;
 * published in the transaction that records it.
 */
public record UnfinishedNominationsClosed(String cycleId, List<Long> nominationIds) {}
