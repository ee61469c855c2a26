package cn.wuhan.qualityaward.progress;

import cn.wuhan.qualityaward.api.ApiError;
import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** 评选进度 for the office, read by the Cockpit plugin with the web-app session. */
@RestController
@Tag(name = "评选进度", description = "评选周期的进度：各阶段、各类别的申报数，专家评分进度，异议与事故")
@SecurityRequirement(name = "basic")
public class CycleProgressController {

    private final CycleProgressService progress;
    private final CurrentUser user;

    public CycleProgressController(CycleProgressService progress, CurrentUser user) {
        this.progress = progress;
        this.user = user;
    }

    @GetMapping("/api/cycles/{cycleId}/progress")
    @Operation(summary = "评选进度（仅评审办公室）：每个数字附带其所指的申报；不含任何分数")
    @ApiResponse(responseCode = "200", description = "评选进度")
    @ApiResponse(
            responseCode = "403",
            description = "不是评审办公室",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "404",
            description = "评选周期不存在",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CycleProgress progress(@PathVariable String cycleId) {
        if (!user.isOffice()) {
            throw new Forbidden("只有评审办公室可以查看评选进度");
        }
        return progress.progress(cycleId);
    }
}
