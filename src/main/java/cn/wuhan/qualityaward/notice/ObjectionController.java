package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.*;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.identity.Groups;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Objections from portals; the same process and checks as the Tasklist start form. */
@RestController
@Tag(name = "公示异议", description = "公示期间实名提出的异议")
@SecurityRequirement(name = "basic")
public class ObjectionController {

    private final ObjectionProcessAdapter objectionProcess;
    private final CurrentUser user;

    public ObjectionController(ObjectionProcessAdapter objectionProcess, CurrentUser user) {
        this.objectionProcess = objectionProcess;
        this.user = user;
    }

    /** The answer to a filed objection. */
    public record ObjectionFiled(long id) {}

    /**
     * The body of {@code POST /api/objections}: an {@link ObjectionRequest}, and {@code nominationId}
     * only to be refused with a pointer to the 申报编号 (the internal id was shown on no list).
     */
    @Schema(description = "公示异议")
    public record ObjectionFiling(
            @Schema(description = "评选周期编号", example = "2026")
            String cycleId,

            @Schema(description = "被提出异议的候选人的申报编号，即公示名单所列的申报编号", example = "2026-00003")
            String candidateReference,

            @Schema(description = "已停用：请改用 candidateReference", deprecated = true)
            JsonNode nominationId,

            @Schema(description = "异议人真实姓名") String objectorName,
            @Schema(description = "联系电话或地址") String objectorContact,
            @Schema(description = "异议事实和理由") String grounds) {}

    /**
     * @return 201 with the objection's id; 400 {@code USE_CANDIDATE_REFERENCE} for a {@code nominationId},
     *     and the refusals of {@link ObjectionService#file}
     */
    @PostMapping("/api/objections")
    @Operation(summary = "提出公示异议：实名，公示期内，以申报编号指明公示名单中的候选人")
    public ResponseEntity<ObjectionFiled> file(@RequestBody ObjectionFiling request) {
        if (user.isIn(Groups.RECOMMENDERS)) {
            // the engine refuses the start too, with a bare 没有权限: say why and where a person objects
            throw new Forbidden("推荐单位账号不能提出异议：异议须由个人实名提出，请以本人名义在公示页面（/public/notices）提交");
        }
        if (request.nominationId() != null) {
            throw InvalidInputException.of(
                    "nominationId",
                    "USE_CANDIDATE_REFERENCE",
                    "不再接受内部编号 nominationId，请以公示名单所列的申报编号（candidateReference，例如 2026-00003）指明候选人");
        }
        Map<String, Object> v = new HashMap<>();
        v.put(CYCLE_ID.name(), request.cycleId());
        v.put(CANDIDATE_REFERENCE.name(), request.candidateReference());
        v.put(OBJECTOR_NAME.name(), request.objectorName());
        v.put(OBJECTOR_CONTACT.name(), request.objectorContact());
        v.put(GROUNDS.name(), request.grounds());
        String businessKey;
        try {
            businessKey = objectionProcess.start(v).getBusinessKey();
        } catch (BadUserRequestException refused) {
            if (refused.getCause() instanceof InvalidInputException problems) {
                throw problems;
            }
            throw refused;
        }
        long id = ObjectionProcess.objectionIdOf(businessKey);
        return ResponseEntity.created(URI.create("/api/objections/" + id)).body(new ObjectionFiled(id));
    }
}
