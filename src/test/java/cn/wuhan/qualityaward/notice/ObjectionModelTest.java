package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.INVESTIGATION_DUE_DATE;
import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.QUORUM_MET;
import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.VOTERS;
import static cn.wuhan.qualityaward.notice.ObjectionProcess.Variables.VOTING_DUE_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import cn.wuhan.qualityaward.notice.ObjectionProcess.Elements;
import cn.wuhan.qualityaward.support.ModelBeans;
import cn.wuhan.qualityaward.support.ModelTestEngine;
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
 * The objection model alone (公示异议处理): its gateways, its timer and its asynchronous step, on the
 * in-memory model test engine with every delegate replaced. What the steps store is the business of
 * {@link ObjectionProcessTest}.
 */
@Deployment(resources = ObjectionModelTest.MODEL)
class ObjectionModelTest {

    static final String MODEL = "processes/objection.bpmn";
    private static final Date DUE = new Date(4_102_444_800_000L);

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    ModelBeans beans = ModelBeans.forModel(MODEL);

    /** What the tally finds, round by round. */
    private final Queue<Boolean> quorums = new ArrayDeque<>();

    @BeforeEach
    void replaceTheDelegates() {
        beans.step(RegisterObjectionDelegate.class).does(execution -> INVESTIGATION_DUE_DATE.set(execution, DUE));
        beans.step(OpenObjectionVotingDelegate.class).does(execution -> {
            execution.setVariable(VOTERS, new ArrayList<>(List.of("committee1", "committee2")));
            VOTING_DUE_DATE.set(execution, DUE);
        });
        beans.step(TallyObjectionVotesDelegate.class).does(execution -> QUORUM_MET.set(execution, quorums.remove()));
    }

    @Test
    void theOfficeInvestigatesAFiledObjectionByItsDueDate() {
        ProcessInstance objection = fileObjection();

        assertThat(objection).hasPassed(Elements.REGISTER).isWaitingAt(Elements.INVESTIGATE);
        assertThat(task()).hasCandidateGroup("award-office").hasDueDate(DUE);
    }

    @Test
    void afterTheFindingEachMemberOfTheRoundVotesOnATaskOfTheirOwn() {
        ProcessInstance objection = fileObjection();
        assertThat(objection).isWaitingAt(Elements.INVESTIGATE);

        complete(task());

        assertThat(objection).hasPassed(Elements.RECORD_FINDING, Elements.OPEN_VOTING);
        assertThat(votes()).extracting(Task::getAssignee).containsExactlyInAnyOrder("committee1", "committee2");
        assertThat(votes()).extracting(Task::getDueDate).containsOnly(DUE);
        assertThat(beans.step(ShowObjectionToVoterListener.class).ranAt()).hasSize(2);
    }

    @Test
    void aRoundWithAQuorumIsReportedAndTheObjectorToldInAJobOfItsOwn() {
        quorums.add(true);
        ProcessInstance objection = inVoting();

        votes().forEach(vote -> complete(vote));

        assertThat(beans.step(StoreObjectionVoteDelegate.class).ranAt()).hasSize(2);
        assertThat(objection).hasPassed(Elements.TALLY, Elements.REPORT_CLOSED).isWaitingAt(Elements.NOTIFY_OBJECTOR);
        assertThat(beans.step(NotifyObjectorDelegate.class).ranAt()).isEmpty();

        execute(job());

        assertThat(objection).isEnded().hasPassed(Elements.NOTIFY_OBJECTOR, Elements.END);
    }

    @Test
    void aRoundWithoutAQuorumOpensAnotherRound() {
        quorums.add(false);
        ProcessInstance objection = inVoting();

        votes().forEach(vote -> complete(vote));

        assertThat(objection).isWaitingAt(Elements.VOTE).hasNotPassed(Elements.REPORT_CLOSED);
        assertThat(beans.step(OpenObjectionVotingDelegate.class).ranAt()).hasSize(2);
        assertThat(votes()).hasSize(2);
    }

    @Test
    void theVotingDeadlineClosesTheRoundWithTheVotesCastSoFar() {
        quorums.add(true);
        ProcessInstance objection = inVoting();
        complete(votes().get(0));

        execute(job(Elements.VOTING_DEADLINE));

        assertThat(votes()).isEmpty();
        assertThat(beans.step(StoreObjectionVoteDelegate.class).ranAt()).hasSize(1);
        assertThat(objection)
                .hasPassed(Elements.VOTING_DEADLINE, Elements.TALLY)
                .isWaitingAt(Elements.NOTIFY_OBJECTOR);
    }

    private ProcessInstance fileObjection() {
        return engine.getRuntimeService().startProcessInstanceByKey(ObjectionProcess.KEY, "2026-异议-1");
    }

    private ProcessInstance inVoting() {
        ProcessInstance objection = fileObjection();
        assertThat(objection).isWaitingAt(Elements.INVESTIGATE);
        complete(task());
        assertThat(objection).isWaitingAt(Elements.VOTE);
        return objection;
    }

    private static List<Task> votes() {
        return taskQuery().taskDefinitionKey(Elements.VOTE).list();
    }
}
