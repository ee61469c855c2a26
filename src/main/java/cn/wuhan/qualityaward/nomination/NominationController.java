package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.api.ApiError;
import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.document.MaterialsPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nominations filed by portals. Each starts the same process as the office's start form, so both run
 * the same checks, and a refused nomination leaves no instance and no row behind.
 */
@RestController
@RequestMapping("/api/nominations")
@Tag(name = "申报", description = "个人奖申报的登记")
@SecurityRequirement(name = "basic")
public class NominationController {

    private final NominationProcessAdapter nominationProcess;
    private final NominationService nominations;
    private final CurrentUser user;

    public NominationController(
            NominationProcessAdapter nominationProcess, NominationService nominations, CurrentUser user) {
        this.nominationProcess = nominationProcess;
        this.nominations = nominations;
        this.user = user;
    }

    @PostMapping
    @Operation(summary = "登记一份申报（评审办公室代推荐单位登记；推荐单位只能为本单位申报，推荐单位以账号绑定的为准）")
    @ApiResponse(responseCode = "201", description = "已登记")
    @ApiResponse(
            responseCode = "400",
            description = "字段有误",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "401",
            description = "未登录",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "403",
            description = "不是评审办公室或推荐单位",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "409",
            description = "该被推荐人已在本周期申报",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ResponseEntity<NominationFiled> file(@RequestBody NominationRequest filing) {
        if (!user.isOffice() && !user.isIn(Groups.RECOMMENDERS)) {
            throw new Forbidden("只有评审办公室和推荐单位可以登记申报");
        }
        String referenceNo;
        try {
            referenceNo = nominationProcess.start(variables(filing)).getBusinessKey();
        } catch (BadUserRequestException refused) {
            if (refused.getCause() instanceof InvalidInputException problems) {
                throw problems;
            }
            throw refused;
        }
        // the business key is the reference number <cycle>-<id> (NominationService.register); read from it, since
        // a recommending unit may not read the instance's variables
        long id = Long.parseLong(referenceNo.substring(referenceNo.lastIndexOf('-') + 1));
        Nomination nomination = nominations.get(id);
        return ResponseEntity.created(URI.create("/api/nominations/" + id))
                .body(new NominationFiled(
                        id, nomination.referenceNo(), nomination.status().name(), nominations.maskedIdNumber(id)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看申报表（仅评审办公室）：所填各项，公民身份号码只显示后4位")
    @ApiResponse(responseCode = "200", description = "申报表")
    @ApiResponse(
            responseCode = "403",
            description = "不是评审办公室",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "404",
            description = "没有该申报",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public NominationOnFile read(@PathVariable long id) {
        if (!user.isOffice()) {
            throw new Forbidden("只有评审办公室可以查看申报表");
        }
        return nominations.onFile(id);
    }

    /**
     * The same 申报表 as a page for a browser (the formal review's 查看申报表): each field under the
     * start form's label. A refusal is a page too (403 for anyone but the office, 404).
     */
    @GetMapping(value = "/{id}", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(hidden = true)
    public ResponseEntity<String> readPage(@PathVariable long id) {
        ResponseEntity.BodyBuilder page;
        String body;
        if (!user.isOffice()) {
            page = ResponseEntity.status(HttpStatus.FORBIDDEN);
            body = NominationRecordPage.refusal("只有评审办公室可以查看申报表");
        } else {
            NominationOnFile record;
            try {
                record = nominations.onFile(id);
            } catch (NominationNotFound missing) {
                record = null;
            }
            page = ResponseEntity.status(record == null ? HttpStatus.NOT_FOUND : HttpStatus.OK);
            body = record == null ? NominationRecordPage.refusal("没有该申报") : NominationRecordPage.render(record);
        }
        return page.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", MaterialsPage.CONTENT_SECURITY_POLICY)
                .header("Cache-Control", "no-store")
                .body(body);
    }

    /**
     * The start variables of a filing: every field of the 申报表 under its own name, and the claimed
     * conditions as the start form submits them (a JSON list of ids, one {@code justification_<id>} each).
     */
    private static Map<String, Object> variables(NominationRequest filing) {
        Map<String, Object> v = new HashMap<>(filing.fields());
        List<ClaimedCondition> claims = filing.claimedConditions();
        v.remove(NominationRequest.CLAIMED_CONDITIONS);
        if (claims.stream()
                .anyMatch(c ->
                        c == null || c.conditionId() == null || c.conditionId().isBlank())) {
            throw InvalidInputException.of("claimedConditions", "REQUIRED", "所申报的其他人员条件须写明条件编号");
        }
        if (!claims.isEmpty()) {
            SpinJsonNode ids =
                    Spin.JSON(claims.stream().map(ClaimedCondition::conditionId).toList());
            v.put(CLAIMED_CONDITIONS.name(), SpinValues.jsonValue(ids).create());
            claims.forEach(c -> v.put(JUSTIFICATION_PREFIX + c.conditionId(), c.justification()));
        }
        return v;
    }
}
