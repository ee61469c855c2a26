package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.engine.StartFormChoices;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The 公示异议 start form offers the cycles whose list is under notice and the candidates on those
 * lists by their 申报编号, so nobody types an id; {@link ObjectionService#file} still checks the pick.
 */
@Component
public class ObjectionFormChoices implements StartFormChoices {

    private final AwardCycleService cycles;
    private final CommitteeService committee;
    private final NominationService nominations;

    public ObjectionFormChoices(AwardCycleService cycles, CommitteeService committee, NominationService nominations) {
        this.cycles = cycles;
        this.committee = committee;
        this.nominations = nominations;
    }

    @Override
    public String formId() {
        return ObjectionProcess.KEY;
    }

    @Override
    public Map<String, Options> choices() {
        List<AwardCycle> inNotice = cycles.inPublicNotice();
        List<Choice> candidates = inNotice.stream()
                .flatMap(cycle -> committee.proposed(cycle.id()).stream())
                .map(nominations::get)
                .map(ObjectionFormChoices::candidate)
                .toList();
        return Map.of(
                ObjectionProcess.Variables.CYCLE_ID.name(),
                new Options(
                        inNotice.stream()
                                .map(c -> new Choice(c.id() + " " + c.name(), c.id()))
                                .toList(),
                        "当前没有正在公示的评选周期，不受理异议。"),
                ObjectionProcess.Variables.CANDIDATE_REFERENCE.name(),
                new Options(candidates, "当前没有公示中的候选人，不受理异议。"));
    }

    /** The 申报编号 first, as the notice list shows it, then who it is. */
    private static Choice candidate(Nomination n) {
        return new Choice(n.referenceNo() + " " + n.nomineeName() + "（" + n.organization() + "）", n.referenceNo());
    }
}
