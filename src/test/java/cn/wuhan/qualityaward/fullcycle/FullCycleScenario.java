package cn.wuhan.qualityaward.fullcycle;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.ranking.RankingService;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One whole cycle, from the call for nominations to the announcement: three nominees on three
 * tracks scored by their panels, one ineligible; the committee proposes two and dismisses an
 * objection against one by its vote, the government strikes none. Run on each database the system supports.
 */
abstract class FullCycleScenario {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    NominationService nominations;

    @Autowired
    AwardCycleService cycles;

    @Autowired
    RankingService ranking;

    @Test
    void shouldTakeThreeTracksFromNominationToAnnouncementAndTellEachNomineeItsOutcome() {
        BpmnAwareTests.init(engine);
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);

        ProcessInstance senior = scenario.nominationInScoring(
                aNomination(cycleId).named("张伟").withIdNumber("42010219720101001X"), "SENIOR_MANAGER", null);
        ProcessInstance middle = scenario.nominationInScoring(
                aNomination(cycleId).named("李娜").withIdNumber("420103198011110045"), "MIDDLE_MANAGER", null);
        ProcessInstance staff = scenario.nominationInScoring(
                aNomination(cycleId).named("王芳").withIdNumber("420106198503150026"), "STAFF", null);
        ProcessInstance ineligible =
                scenario.nominate(aNomination(cycleId).named("赵磊").withQualityWorkYears(2));

        scenario.scoreAll(senior, 0.9, 0.95, 0.85);
        scenario.scoreAll(middle, 0.6, 0.65, 0.7);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.AWAIT_EVALUATIONS);
        scenario.scoreAll(staff, 0.8);
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.VOTE);

        List<RankedNomination> ranked = ranking.rank(cycleId);
        assertThat(ranked).extracting(RankedNomination::nomineeName).containsExactly("张伟", "王芳", "李娜");
        scenario.proposeWinners(
                cycle, List.of(ranked.get(0).nominationId(), ranked.get(1).nominationId()));
        ProcessInstance objection =
                scenario.fileObjection(cycleId, ranked.get(1).nominationId(), "实名甲");
        scenario.investigate(objection, "经核实，所述与事实不符");
        scenario.ruleOnObjection(objection, "DISMISS");
        assertThat(objection).isEnded();
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
        scenario.approve(cycle, List.of(), null);

        assertThat(cycle).isEnded();
        assertThat(cycles.get(cycleId).status()).isEqualTo(CycleStatus.ANNOUNCED);
        assertThat(senior).isEnded().hasPassed(NominationProcess.Elements.END_AWARDED);
        assertThat(staff).isEnded().hasPassed(NominationProcess.Elements.END_AWARDED);
        assertThat(middle).isEnded().hasPassed(NominationProcess.Elements.END_NOT_AWARDED);
        assertThat(ineligible).isEnded().hasPassed(NominationProcess.Elements.END_INELIGIBLE);
        assertThat(nominations.ofCycle(cycleId))
                .extracting(n -> n.nomineeName() + ":" + n.status())
                .containsExactlyInAnyOrder(
                        "张伟:" + NominationStatus.AWARDED,
                        "王芳:" + NominationStatus.AWARDED,
                        "李娜:" + NominationStatus.NOT_AWARDED,
                        "赵磊:" + NominationStatus.INELIGIBLE);
    }
}
