package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** 专家组合议 as recorded: who led it, whom they sent back to score again, and why. */
public record Moderation(
        String leaderId, List<String> rescoreExperts, String note, BigDecimal spreadBefore, Instant decidedAt) {}
