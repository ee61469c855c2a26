package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import cn.wuhan.qualityaward.api.ApiError;
import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.identity.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.ResponseEntity;
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
    public ResponseEntity<NominationFiled> file(@RequestBody NominationFiling filing) {
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

    private static Map<String, Object> variables(NominationFiling f) {
        Map<String, Object> v = new HashMap<>();
        v.put(CYCLE_ID.name(), f.cycleId());
        v.put(NOMINEE_NAME.name(), f.nomineeName());
        v.put(ID_NUMBER.name(), f.idNumber());
        v.put(ORGANIZATION.name(), f.organization());
        v.put(POSITION.name(), f.position());
        v.put(POSITION_LEVEL.name(), f.positionLevel());
        v.put(RECOMMENDING_UNIT.name(), f.recommendingUnit());
        v.put(RECOMMENDING_OPINION.name(), f.recommendingOpinion());
        v.put(SUMMARY.name(), f.summary());
        v.put(QUALITY_WORK_YEARS.name(), f.qualityWorkYears());
        v.put(MAJOR_INCIDENT_YEAR.name(), f.majorIncidentYear());
        v.put(ILLEGAL_CONDUCT_YEAR.name(), f.illegalConductYear());
        v.put(BAD_CREDIT_YEAR.name(), f.badCreditYear());
        v.put(AWARD_FRAUD_YEAR.name(), f.awardFraudYear());
        v.put(LAST_AWARD_YEAR.name(), f.lastAwardYear());
        v.put(MATERIALS_DECLARED_TRUE.name(), f.materialsDeclaredTrue());
        List<ClaimedCondition> claims = f.claimedConditions() == null ? List.of() : f.claimedConditions();
        if (claims.stream()
                .anyMatch(c ->
                        c == null || c.conditionId() == null || c.conditionId().isBlank())) {
            throw InvalidInputException.of("claimedConditions", "REQUIRED", "所申报的其他人员条件须写明条件编号");
        }
        if (!claims.isEmpty()) {
            String ids = claims.stream()
                    .map(c -> c.conditionId() == null
                            ? "null"
                            : "\"" + c.conditionId().replace("\"", "") + "\"")
                    .collect(Collectors.joining(",", "[", "]"));
            v.put(CLAIMED_CONDITIONS.name(), SpinValues.jsonValue(ids).create());
            claims.forEach(c -> v.put(JUSTIFICATION_PREFIX + c.conditionId(), c.justification()));
        }
        return v;
    }
}
