package cn.wuhan.qualityaward.panel;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Schema(description = "专家库信息")
public record ExpertProfileRequest(
        @Schema(description = "工作单位", example = "华中科技大学") String organization,

        @Schema(description = "可评审的类别", example = "[\"SENIOR_MANAGER\",\"STAFF\"]")
        List<String> tracks,

        @Schema(description = "申报的关系人或关系单位（姓名或单位全称）") List<String> relationships) {}
