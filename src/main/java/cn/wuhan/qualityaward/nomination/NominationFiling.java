package cn.wuhan.qualityaward.nomination;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A nomination as a portal files it; the same fields as the office's start form. */
@Schema(description = "个人奖申报")
public record NominationFiling(
        @Schema(description = "评选周期编号", example = "2026", requiredMode = Schema.RequiredMode.REQUIRED)
        String cycleId,

        @Schema(description = "被推荐人姓名", example = "王芳", requiredMode = Schema.RequiredMode.REQUIRED)
        String nomineeName,

        @Schema(description = "18位公民身份号码（GB 11643），可不填", example = "420106198503150026")
        String idNumber,

        @Schema(description = "工作单位", requiredMode = Schema.RequiredMode.REQUIRED)
        String organization,

        @Schema(description = "职务或岗位", requiredMode = Schema.RequiredMode.REQUIRED)
        String position,

        @Schema(
                description = "职务层级，决定建议的评审类别",
                allowableValues = {"SENIOR", "MIDDLE", "FRONTLINE", "OTHER"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        String positionLevel,

        @Schema(description = "推荐单位", requiredMode = Schema.RequiredMode.REQUIRED)
        String recommendingUnit,

        @Schema(description = "推荐单位意见", requiredMode = Schema.RequiredMode.REQUIRED)
        String recommendingOpinion,

        @Schema(description = "主要事迹简介", requiredMode = Schema.RequiredMode.REQUIRED)
        String summary,

        @Schema(
                description = "在汉从事质量或质量相关工作年限",
                minimum = "0",
                maximum = "60",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer qualityWorkYears,

        @Schema(description = "最近一次本人负有责任的重大质量、安全、环境或公共卫生事件的年份，没有则不填")
        Integer majorIncidentYear,

        @Schema(description = "最近一次违法或违纪行为的年份，没有则不填") Integer illegalConductYear,
        @Schema(description = "最近一次严重失信记录的年份，没有则不填") Integer badCreditYear,
        @Schema(description = "最近一次质量奖申报弄虚作假的年份，没有则不填") Integer awardFraudYear,
        @Schema(description = "上次获得本奖项的年份，没有则不填") Integer lastAwardYear,

        @Schema(description = "被推荐人声明材料真实有效", requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean materialsDeclaredTrue,

        @Schema(description = "其他人员：所满足的评定标准所列条件及说明") List<ClaimedCondition> claimedConditions) {}
