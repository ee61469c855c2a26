package cn.wuhan.qualityaward.cycle;

import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.ALL_EVALUATED;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.COMMITTEE_MEMBERS;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.NOMINATION_DEADLINE;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.NOTICE_PERIOD;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.OBJECTIONS_OPEN;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.QUORUM_MET;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.SCORING_DEADLINE;
import static cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables.VOTING_DUE_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.wuhan.qualityaward.approval.AnnounceOutcomesDelegate;
import cn.wuhan.qualityaward.committee.OpenVotingDelegate;
import cn.wuhan.qualityaward.committee.StoreBallotDelegate;
import cn.wuhan.qualityaward.committee.TallyVotesDelegate;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess.Elements;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess.Messages;
import cn.wuhan.qualityaward.notice.CheckObjectionsDelegate;
import cn.wuhan.qualityaward.support.ModelBeans;
import cn.wuhan.qualityaward.support.ModelTestEngine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The award cycle model alone (评选周期): each gateway's branches, each timer, each message and the
 * asynchronous announcement, on the in-memory model test engine with every delegate replaced. What the
 * steps do to the award's data is the business of {@link AwardCycleProcessTest}.
 */
@Deployment(resources = AwardCycleModelTest.MODEL)
class AwardCycleModelTest {

    static final String MODEL = "processes/award-cycle.bpmn";
    private static final Date NOMINATION_DEADLINE_DATE = new Date(4_102_444_800_000L);
    private static final Date SCORING_DEADLINE_DATE = new Date(4_105_123_200_000L);
    private static final Date VOTING_DUE = new Date(4_107_542_400_000L);

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    ModelBeans beans = ModelBeans.forModel(MODEL);

    /** What the nominations report when the call closes, and what the tally finds round by round. */
    private boolean allEvaluated;

    private final Queue<Boolean> quorums = new ArrayDeque<>();
    private boolean objectionsOpen;

    @BeforeEach
    void replaceTheDelegates() {
        beans.step(OpenCycleDelegate.class).does(execution -> {
            NOMINATION_DEADLINE.set(execution, NOMINATION_DEADLINE_DATE);
            SCORING_DEADLINE.set(execution, SCORING_DEADLINE_DATE);
            NOTICE_PERIOD.set(execution, "P7D");
        });
        beans.step(CloseNominationsDelegate.class).does(execution -> ALL_EVALUATED.set(execution, allEvaluated));
        beans.step(OpenVotingDelegate.class).does(execution -> {
            execution.setVariable(COMMITTEE_MEMBERS, new ArrayList<>(List.of("committee1", "committee2")));
            VOTING_DUE_DATE.set(execution, VOTING_DUE);
        });
        beans.step(TallyVotesDelegate.class).does(execution -> QUORUM_MET.set(execution, quorums.remove()));
        beans.step(CheckObjectionsDelegate.class).does(execution -> OBJECTIONS_OPEN.set(execution, objectionsOpen));
    }

    @Test
    void theCallForNominationsWaitsForItsDeadline() {
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(AwardCycleProcess.KEY, "2026");

        assertThat(cycle).hasPassed(Elements.OPEN_CYCLE).isWaitingAt(Elements.NOMINATION_DEADLINE);
        assertThat(job().getDuedate()).isEqualTo(NOMINATION_DEADLINE_DATE);
    }

    @Test
    void whenEveryNominationIsScoredByTheDeadlineTheCommitteeVotesAtOnce() {
        allEvaluated = true;
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(AwardCycleProcess.KEY, "2026");
        assertThat(cycle).isWaitingAt(Elements.NOMINATION_DEADLINE);

        execute(job());

        assertThat(cycle)
                .hasPassed(Elements.CLOSE_NOMINATIONS, Elements.PREPARE_RANKING, Elements.OPEN_VOTING)
                .hasNotPassed(Elements.AWAIT_EVALUATIONS)
                .isWaitingAt(Elements.VOTE);
    }

    @Test
    void otherwiseTheCycleWaitsUntilTheLastNominationReportsItsScore() {
        ProcessInstance cycle = awaitingEvaluations();
        assertThat(job(Elements.SCORING_DEADLINE).getDuedate()).isEqualTo(SCORING_DEADLINE_DATE);

        engine.getRuntimeService()
                .createMessageCorrelation(Messages.ALL_EVALUATED)
                .processInstanceId(cycle.getId())
                .correlate();

        assertThat(cycle)
                .hasPassed(Elements.AWAIT_EVALUATIONS, Elements.PREPARE_RANKING)
                .hasNotPassed(Elements.CLOSE_SCORING)
                .isWaitingAt(Elements.VOTE);
    }

    @Test
    void theScoringDeadlineClosesTheUnscoredNominationsAndTheCommitteeVotes() {
        ProcessInstance cycle = awaitingEvaluations();

        execute(job(Elements.SCORING_DEADLINE));

        assertThat(cycle)
                .hasPassed(Elements.SCORING_DEADLINE, Elements.CLOSE_SCORING, Elements.PREPARE_RANKING)
                .isWaitingAt(Elements.VOTE);
    }

    @Test
    void eachCommitteeMemberVotesOnABallotOfTheirOwnDueAtTheVotingDeadline() {
        ProcessInstance cycle = voting();

        assertThat(cycle).isWaitingAt(Elements.VOTE);
        assertThat(ballots()).extracting(Task::getAssignee).containsExactlyInAnyOrder("committee1", "committee2");
        assertThat(ballots()).extracting(Task::getDueDate).containsOnly(VOTING_DUE);
        assertThat(job(Elements.VOTING_DEADLINE).getDuedate()).isEqualTo(VOTING_DUE);
    }

    @Test
    void aVoteWithAQuorumPublishesTheNoticeForItsPeriod() {
        quorums.add(true);
        Date now = new Date(4_108_752_000_000L);
        engine.setCurrentTime(now);
        ProcessInstance cycle = voting();

        ballots().forEach(ballot -> complete(ballot));

        assertThat(beans.step(StoreBallotDelegate.class).ranAt()).hasSize(2);
        assertThat(cycle).hasPassed(Elements.TALLY, Elements.PUBLISH_NOTICE).isWaitingAt(Elements.NOTICE_PERIOD);
        assertThat(job().getDuedate()).isEqualTo(Date.from(now.toInstant().plus(Duration.ofDays(7))));
    }

    @Test
    void aVoteWithoutAQuorumIsHeldAgain() {
        quorums.add(false);
        ProcessInstance cycle = voting();

        ballots().forEach(ballot -> complete(ballot));

        assertThat(cycle).hasNotPassed(Elements.PUBLISH_NOTICE).isWaitingAt(Elements.VOTE);
        assertThat(beans.step(OpenVotingDelegate.class).ranAt()).hasSize(2);
        assertThat(ballots()).hasSize(2);
    }

    @Test
    void theVotingDeadlineClosesTheVoteWithTheBallotsCastSoFar() {
        quorums.add(true);
        ProcessInstance cycle = voting();
        complete(ballots().get(0));

        execute(job(Elements.VOTING_DEADLINE));

        assertThat(ballots()).isEmpty();
        assertThat(beans.step(StoreBallotDelegate.class).ranAt()).hasSize(1);
        assertThat(cycle).hasPassed(Elements.VOTING_DEADLINE, Elements.TALLY).isWaitingAt(Elements.NOTICE_PERIOD);
    }

    @Test
    void aNoticeWithoutOpenObjectionsGoesToTheApproversWhenItsPeriodEnds() {
        ProcessInstance cycle = inNotice();

        execute(job());

        assertThat(cycle)
                .hasPassed(Elements.CHECK_OBJECTIONS, Elements.CLOSE_NOTICE)
                .hasNotPassed(Elements.AWAIT_OBJECTIONS)
                .isWaitingAt(Elements.FINAL_APPROVAL);
        assertThat(task()).hasCandidateGroup("approvers");
    }

    @Test
    void anOpenObjectionHoldsTheNoticeOpenUntilItIsDecided() {
        objectionsOpen = true;
        ProcessInstance cycle = inNotice();

        execute(job());
        assertThat(cycle).hasNotPassed(Elements.CLOSE_NOTICE).isWaitingAt(Elements.AWAIT_OBJECTIONS);
        engine.getRuntimeService()
                .createMessageCorrelation(Messages.OBJECTIONS_RESOLVED)
                .processInstanceId(cycle.getId())
                .correlate();

        assertThat(cycle).hasPassed(Elements.CLOSE_NOTICE).isWaitingAt(Elements.FINAL_APPROVAL);
    }

    @Test
    void theApprovalIsRecordedAndTheOutcomesAnnouncedInAJobOfTheirOwn() {
        ProcessInstance cycle = at(Elements.FINAL_APPROVAL);

        complete(task());

        assertThat(cycle).hasPassed(Elements.RECORD_APPROVAL).isWaitingAt(Elements.ANNOUNCE);
        assertThat(beans.step(AnnounceOutcomesDelegate.class).ranAt()).isEmpty();
        execute(job());
        assertThat(cycle).isEnded().hasPassed(Elements.ANNOUNCE, Elements.END);
    }

    private ProcessInstance awaitingEvaluations() {
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(AwardCycleProcess.KEY, "2026");
        assertThat(cycle).isWaitingAt(Elements.NOMINATION_DEADLINE);
        execute(job());
        assertThat(cycle).hasNotPassed(Elements.PREPARE_RANKING).isWaitingAt(Elements.AWAIT_EVALUATIONS);
        return cycle;
    }

    private ProcessInstance voting() {
        return at(Elements.PREPARE_RANKING);
    }

    private ProcessInstance inNotice() {
        ProcessInstance cycle = at(Elements.PUBLISH_NOTICE);
        assertThat(cycle).isWaitingAt(Elements.NOTICE_PERIOD);
        return cycle;
    }

    /**
     * A cycle started just before this element, with the notice period its opening step would have
     * set: a model test needs no earlier step.
     */
    private ProcessInstance at(String element) {
        ProcessInstance cycle = engine.getRuntimeService()
                .createProcessInstanceByKey(AwardCycleProcess.KEY)
                .businessKey("2026")
                .setVariable(NOTICE_PERIOD.name(), "P7D")
                .startBeforeActivity(element)
                .execute();
        assertThat(cycle).isStarted();
        return cycle;
    }

    private static List<Task> ballots() {
        return taskQuery().taskDefinitionKey(Elements.VOTE).list();
    }
}
