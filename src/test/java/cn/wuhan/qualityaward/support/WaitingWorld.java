package cn.wuhan.qualityaward.support;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** One instance waiting at each user task of the three models, built once per test class. */
public record WaitingWorld(
        String openCycle,
        ProcessInstance atFormalReview,
        ProcessInstance atCorrection,
        ProcessInstance atTrackAssignment,
        ProcessInstance inScoring,
        ProcessInstance atModeration,
        ProcessInstance atOverdue,
        ProcessInstance cycleAtVote,
        ProcessInstance objectionAtInvestigation,
        ProcessInstance objectionAtVote,
        ProcessInstance cycleAtApproval,
        ProcessInstance noticedCandidate,
        long proposedCandidate) {

    public static WaitingWorld build(AwardScenario scenario) {
        scenario.ensureUsers(5);
        String open = scenario.newCycleId();
        scenario.openCycle(open);
        ProcessInstance atFormalReview = scenario.nominate(aNomination(open).named("形式审查中"));
        ProcessInstance atCorrection = scenario.nominate(aNomination(open).named("补正中"));
        scenario.decideFormalReview(atCorrection, "CORRECTION", "缺少推荐单位盖章");
        ProcessInstance atTrackAssignment = scenario.nominate(aNomination(open).named("待定类别"));
        scenario.passFormalReview(atTrackAssignment);
        ProcessInstance inScoring =
                scenario.nominationInScoring(aNomination(open).named("评分中"), "STAFF", null);
        ProcessInstance atModeration =
                scenario.nominationInScoring(aNomination(open).named("待合议"), "STAFF", null);
        scenario.scoreAll(atModeration, 1.0, 0.5, 0.9);
        ProcessInstance atOverdue =
                scenario.nominationInScoring(aNomination(open).named("逾期"), "STAFF", null);
        scenario.fireSeatTimer(
                atOverdue,
                NominationProcess.Elements.SCORING_OVERDUE,
                scenario.scoringTasks(atOverdue).get(0).getAssignee());

        String voting = scenario.newCycleId();
        ProcessInstance cycleAtVote = scenario.openCycle(voting);
        scenario.scoreAll(scenario.nominationInScoring(aNomination(voting).named("表决中"), "STAFF", null), 0.8);
        scenario.scoreAll(scenario.nominationInScoring(aNomination(voting).named("表决中二"), "STAFF", null), 0.7);
        scenario.fireTimer(cycleAtVote, AwardCycleProcess.Elements.NOMINATION_DEADLINE);

        String noticed = scenario.newCycleId();
        ProcessInstance cycleInNotice = scenario.openCycle(noticed);
        ProcessInstance candidate =
                scenario.nominationInScoring(aNomination(noticed).named("公示中"), "STAFF", null);
        scenario.scoreAll(candidate, 0.9);
        scenario.fireTimer(cycleInNotice, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycleInNotice, List.of(scenario.nominationId(candidate)));
        ProcessInstance objectionAtInvestigation =
                scenario.fileObjection(noticed, scenario.nominationId(candidate), "张三");
        ProcessInstance objectionAtVote = scenario.fileObjection(noticed, scenario.nominationId(candidate), "李四");
        scenario.investigate(objectionAtVote, "经核实，所述情况部分属实");

        String approving = scenario.newCycleId();
        ProcessInstance cycleAtApproval = scenario.openCycle(approving);
        ProcessInstance proposed =
                scenario.nominationInScoring(aNomination(approving).named("待审定"), "STAFF", null);
        scenario.scoreAll(proposed, 0.9);
        scenario.fireTimer(cycleAtApproval, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycleAtApproval, List.of(scenario.nominationId(proposed)));
        scenario.fireTimer(cycleAtApproval, AwardCycleProcess.Elements.NOTICE_PERIOD);

        return new WaitingWorld(
                open,
                atFormalReview,
                atCorrection,
                atTrackAssignment,
                inScoring,
                atModeration,
                atOverdue,
                cycleAtVote,
                objectionAtInvestigation,
                objectionAtVote,
                cycleAtApproval,
                candidate,
                scenario.nominationId(proposed));
    }

    public List<ProcessInstance> instances() {
        return List.of(
                atFormalReview,
                atCorrection,
                atTrackAssignment,
                inScoring,
                atModeration,
                atOverdue,
                cycleAtVote,
                objectionAtInvestigation,
                objectionAtVote,
                cycleAtApproval);
    }
}
