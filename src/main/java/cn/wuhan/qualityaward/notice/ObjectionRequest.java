package cn.wuhan.qualityaward.notice;

import io.swagger.v3.oas.annotations.media.Schema;

/** An objection as filed: which cycle, which candidate, who objects, how to reach them, and why. */
@Schema(description = "公示异议")
public record ObjectionRequest(
        @Schema(description = "评选周期编号", example = "2026") String cycleId,
        @Schema(description = "被提出异议的候选人的申报编号（数字id）") Long nominationId,
        @Schema(description = "异议人真实姓名") String objectorName,
        @Schema(description = "联系电话或地址") String objectorContact,
        @Schema(description = "异议事实和理由") String grounds) {}
