package cn.wuhan.qualityaward.publicnotice;

import io.swagger.v3.oas.annotations.media.Schema;

/** A real-name objection from anyone, without an account, during a cycle's public notice. */
@Schema(description = "公众实名异议")
public record PublicObjectionRequest(
        @Schema(description = "评选周期编号", example = "2021") String cycleId,

        @Schema(description = "被提出异议的候选人的申报编号", example = "2021-00001")
        String candidateReference,

        @Schema(description = "异议人真实姓名") String objectorName,
        @Schema(description = "异议人居民身份证号码（18位，只保存其密钥散列）") String objectorIdNumber,
        @Schema(description = "联系电话：11位手机号码或带区号的固定电话") String objectorPhone,
        @Schema(description = "电子邮箱（可选）") String objectorEmail,
        @Schema(description = "异议的事实和理由，最多4000字") String grounds,
        @Schema(description = "承诺所反映情况属实，须为 true") Boolean truthDeclared) {}
