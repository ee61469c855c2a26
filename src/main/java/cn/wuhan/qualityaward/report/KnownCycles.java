package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import org.springframework.stereotype.Component;

/** The cycle a report asks for, or a 404 that names it. */
@Component
class KnownCycles {

    private final AwardCycleService cycles;

    KnownCycles(AwardCycleService cycles) {
        this.cycles = cycles;
    }

    AwardCycle get(String cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> new NotFound("评选周期“" + cycleId + "”不存在"));
    }
}
