package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.*;

import cn.wuhan.qualityaward.common.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
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

    public ObjectionController(ObjectionProcessAdapter objectionProcess) {
        this.objectionProcess = objectionProcess;
    }

    /** The answer to a filed objection. */
    public record ObjectionFiled(long id) {}

    @PostMapping("/api/objections")
    @Operation(summary = "提出公示异议：实名，公示期内，针对公示名单中的候选人")
    public ResponseEntity<ObjectionFiled> file(@RequestBody ObjectionRequest request) {
        Map<String, Object> v = new HashMap<>();
        v.put(CYCLE_ID.name(), request.cycleId());
        v.put(NOMINATION_ID.name(), request.nominationId());
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
