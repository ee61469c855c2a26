package cn.wuhan.qualityaward.publicnotice;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.notice.ObjectionProcessAdapter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the same {@code objection} process as Tasklist's start form for a checked public objection,
 * with the variables its register step reads, then stores the rest under the objection's id. One
 * transaction: a refusal anywhere leaves no instance and no row. The ID number never becomes a variable.
 */
@Component
public class PublicObjectionIntake {

    /** The register step's field names, as the public form names them. */
    private static final Map<String, String> PUBLIC_FIELD = Map.of("objectorContact", "objectorPhone");

    private final PublicObjectionService objections;
    private final ObjectionProcessAdapter objectionProcess;

    public PublicObjectionIntake(PublicObjectionService objections, ObjectionProcessAdapter objectionProcess) {
        this.objections = objections;
        this.objectionProcess = objectionProcess;
    }

    @Transactional
    public PublicObjectionFiled file(PublicObjectionRequest request, List<EvidenceFile> evidence) {
        PublicObjectionService.Checked c = objections.check(request, evidence);
        Map<String, Object> v = new HashMap<>();
        v.put(ObjectionProcess.Variables.CYCLE_ID.name(), c.cycleId());
        v.put(ObjectionProcess.Variables.CANDIDATE_REFERENCE.name(), c.candidateReference());
        v.put(ObjectionProcess.Variables.OBJECTOR_NAME.name(), c.objectorName());
        v.put(ObjectionProcess.Variables.OBJECTOR_CONTACT.name(), c.phone());
        v.put(ObjectionProcess.Variables.GROUNDS.name(), c.grounds());
        String businessKey;
        try {
            businessKey = objectionProcess.start(v).getBusinessKey();
        } catch (BadUserRequestException refused) {
            if (refused.getCause() instanceof InvalidInputException problems) {
                throw new InvalidInputException(problems.problems().stream()
                        .map(p -> new FieldProblem(
                                PUBLIC_FIELD.getOrDefault(p.field(), p.field()), p.code(), p.message()))
                        .toList());
            }
            throw refused;
        }
        String receipt = objections.record(ObjectionProcess.objectionIdOf(businessKey), c);
        return new PublicObjectionFiled(receipt, "受理", "您的异议已受理，请保存回执编号 " + receipt + "，凭它查询办理情况和结果。");
    }
}
