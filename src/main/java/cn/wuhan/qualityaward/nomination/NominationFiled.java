package cn.wuhan.qualityaward.nomination;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a filed nomination; the ID number only masked, null when none was filed. */
public record NominationFiled(
        long id,
        String referenceNo,
        String status,

        @Schema(description = "公民身份号码（仅显示后4位）", example = "**************002X")
        String idNumber) {}
