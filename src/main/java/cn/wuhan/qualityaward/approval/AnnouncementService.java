package cn.wuhan.qualityaward.approval;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.CycleOutcome;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 表彰: every scored nomination learns whether it is awarded. */
@Service
public class AnnouncementService {

    private final ApprovalService approvals;
    private final NominationService nominations;
    private final AwardCycleService cycles;
    private final CommitteeService committee;

    public AnnouncementService(
            ApprovalService approvals,
            NominationService nominations,
            AwardCycleService cycles,
            CommitteeService committee) {
        this.approvals = approvals;
        this.nominations = nominations;
        this.cycles = cycles;
        this.committee = committee;
    }

    /** Records each outcome; returns the outcomes of the nominations that waited for it. */
    @Transactional
    public List<Announced> announce(String cycleId) {
        List<Long> awarded = approvals.approved(cycleId);
        List<Long> withdrawn = committee.withdrawn(cycleId);
        List<Announced> outcomes = new ArrayList<>();
        for (Nomination n : nominations.ofCycle(cycleId)) {
            if (n.status() == NominationStatus.EVALUATED || n.status() == NominationStatus.NOT_EVALUATED) {
                CycleOutcome outcome;
                if (withdrawn.contains(n.id())) {
                    outcome = CycleOutcome.WITHDRAWN;
                    nominations.recordWithdrawnOnObjection(n.id());
                } else {
                    outcome = awarded.contains(n.id()) ? CycleOutcome.AWARDED : CycleOutcome.NOT_AWARDED;
                    nominations.recordOutcome(n.id(), outcome == CycleOutcome.AWARDED);
                }
                if (n.status() == NominationStatus.EVALUATED) {
                    outcomes.add(new Announced(n.id(), n.referenceNo(), outcome));
                }
            }
        }
        cycles.moveTo(cycleId, CycleStatus.ANNOUNCED);
        return outcomes;
    }
}
