package cn.wuhan.qualityaward.fullcycle;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.ranking.RankingService;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cycle of fifteen nominations over all four tracks with a committee of five: a vote on the
 * shortlist, one objection dismissed and one upheld, approval and announcement.
 */
@AwardIntegrationTest
class FifteenNominationsTest {

    private static final String[] TRACKS = {"SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF", "OTHER"};

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    NominationService nominations;

    @Autowired
    RankingService ranking;

    @Autowired
    CommitteeService committee;

    @Autowired
    IdentityService identity;

    @Test
    void shouldAwardNoMoreThanTheQuotaAndEndEveryNominationInItsState() {
        BpmnAwareTests.init(engine);
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        List<ProcessInstance> nominees = new ArrayList<>();
        for (int n = 0; n < 15; n++) {
            String track = TRACKS[n % 4];
            var nomination = aNomination(cycleId).named("候选人" + (char) ('A' + n));
            if (track.equals("OTHER")) {
                nomination.claiming("condition_3", "全国技能大赛金牌获得者");
            }
            ProcessInstance p = scenario.nominationInScoring(nomination, track, track.equals("OTHER") ? "STAFF" : null);
            scenario.scoreAll(p, 0.55 + 0.025 * n);
            nominees.add(p);
        }
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);

        List<RankedNomination> ranked = ranking.rank(cycleId);
        assertThat(ranked).hasSize(15);
        List<Long> shortlist = committee.shortlist(cycleId).stream()
                .map(RankedNomination::nominationId)
                .toList();
        assertThat(shortlist).hasSize(15);
        List<Task> ballots = scenario.votes(cycle);
        assertThat(ballots).hasSize(committeeMembers());
        // the members agree to twelve (one of them to ten): twelve reach two thirds, the quota caps the list at ten
        for (int i = 0; i < ballots.size(); i++) {
            scenario.vote(ballots.get(i), shortlist.subList(0, i == 0 ? 10 : 12), List.of());
        }
        List<Long> proposed = committee.proposed(cycleId);
        assertThat(proposed).hasSize(10).containsExactlyElementsOf(shortlist.subList(0, 10));
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.NOTICE_PERIOD);

        ProcessInstance dismissed = scenario.fileObjection(cycleId, proposed.get(0), "实名甲");
        ProcessInstance upheld = scenario.fileObjection(cycleId, proposed.get(1), "实名乙");
        scenario.investigate(dismissed, "经核实不属实");
        scenario.ruleOnObjection(dismissed, "DISMISS");
        scenario.investigate(upheld, "经核实属实");
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.AWAIT_OBJECTIONS);
        scenario.ruleOnObjection(upheld, "UPHOLD");
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.FINAL_APPROVAL);
        scenario.approve(cycle, List.of(proposed.get(9)), "经审定，该候选人事迹需进一步核实");

        assertThat(cycle).isEnded();
        Map<NominationStatus, List<Long>> byStatus = nominations.ofCycle(cycleId).stream()
                .collect(Collectors.groupingBy(
                        Nomination::status, Collectors.mapping(Nomination::id, Collectors.toList())));
        assertThat(byStatus.get(NominationStatus.AWARDED))
                .hasSize(8)
                .containsExactlyInAnyOrderElementsOf(proposed.stream()
                        .filter(id -> !id.equals(proposed.get(1)) && !id.equals(proposed.get(9)))
                        .toList());
        assertThat(byStatus.get(NominationStatus.WITHDRAWN_ON_OBJECTION)).containsExactly(proposed.get(1));
        assertThat(byStatus.get(NominationStatus.NOT_AWARDED)).hasSize(6).contains(proposed.get(9));
        Map<NominationStatus, String> endEvents = Map.of(
                NominationStatus.AWARDED, NominationProcess.Elements.END_AWARDED,
                NominationStatus.NOT_AWARDED, NominationProcess.Elements.END_NOT_AWARDED,
                NominationStatus.WITHDRAWN_ON_OBJECTION, NominationProcess.Elements.END_WITHDRAWN_ON_OBJECTION);
        for (ProcessInstance p : nominees) {
            NominationStatus status =
                    nominations.get(scenario.nominationIdFromHistory(p)).status();
            assertThat(p).isEnded().hasPassed(endEvents.get(status));
        }
    }

    private int committeeMembers() {
        return (int) identity.createUserQuery().memberOfGroup(Groups.COMMITTEE).count();
    }
}
