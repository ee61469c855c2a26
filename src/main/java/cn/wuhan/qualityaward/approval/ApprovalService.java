package cn.wuhan.qualityaward.approval;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.committee.CycleDecisionRepository;
import cn.wuhan.qualityaward.common.Problems;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 审定: the city government approves the proposed list, striking names with a reason. */
@Service
public class ApprovalService {

    static final String STAGE = "APPROVAL";
    static final String APPROVED = "APPROVED";
    static final String STRUCK = "STRUCK";

    private final CommitteeService committee;
    private final CycleDecisionRepository decisions;
    private final Clock clock;

    public ApprovalService(CommitteeService committee, CycleDecisionRepository decisions, Clock clock) {
        this.committee = committee;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Returns the approved nominations. */
    @Transactional
    public List<Long> decide(String cycleId, List<Long> struck, String reason, String actor) {
        List<Long> proposed = committee.proposed(cycleId);
        Set<Long> toStrike = new LinkedHashSet<>(struck == null ? List.of() : struck);
        Problems problems = new Problems();
        toStrike.stream()
                .filter(id -> !proposed.contains(id))
                .forEach(id -> problems.add("struckNominations", "NOT_PROPOSED", "申报 " + id + " 不在建议获奖名单中"));
        if (!toStrike.isEmpty() && (reason == null || reason.isBlank())) {
            problems.add("strikeReason", "REASON_REQUIRED", "从名单中删除人选时须说明理由");
        }
        problems.limit("strikeReason", reason, "删除人选的理由", 2000);
        problems.throwIfAny();
        List<Long> approved =
                proposed.stream().filter(id -> !toStrike.contains(id)).toList();
        approved.forEach(id -> decisions.insert(cycleId, STAGE, id, APPROVED, null, actor, clock.instant()));
        toStrike.forEach(id -> decisions.insert(cycleId, STAGE, id, STRUCK, reason.trim(), actor, clock.instant()));
        return approved;
    }

    public List<Long> approved(String cycleId) {
        return decisions.nominations(cycleId, STAGE, APPROVED);
    }
}
