package cn.wuhan.qualityaward.notice;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An objection as filed: which cycle, which candidate (by the 申报编号 the notice list shows, e.g.
 * {@code 2026-00003}), who objects, how to reach them, and why.
 */
@Schema(description = "公示异议")
public record ObjectionRequest(
        @Schema(description = "评选周期编号", example = "2026") String cycleId,

        @Schema(description = "被提出异议的候选人的申报编号，即公示名单所列的申报编号", example = "2026-00003")
        String candidateReference,

        @Schema(description = "异议人真实姓名") String objectorName,
        @Schema(description = "联系电话或地址") String objectorContact,
        @Schema(description = "异议事实和理由") String grounds) {}
