package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.CORRECTION_PERIOD;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.CYCLE_ID;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.CYCLE_OUTCOME;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.ELIGIBLE;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.FORMAL_REVIEW_OUTCOME;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.MODERATION_DUE;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.POSITION_LEVEL;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.PROPOSED_TRACK;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.RECUSED;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.RESCORE_REQUESTED;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SCORING_DUE_DATE;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SCORING_EXPERTS;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SCORING_FORM;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.SEAT_REMINDER_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import cn.wuhan.qualityaward.criteria.CycleScoreForms;
import cn.wuhan.qualityaward.nomination.NominationProcess.Elements;
import cn.wuhan.qualityaward.nomination.NominationProcess.Errors;
import cn.wuhan.qualityaward.nomination.NominationProcess.Messages;
import cn.wuhan.qualityaward.panel.AssignPanelDelegate;
import cn.wuhan.qualityaward.panel.PanelService;
import cn.wuhan.qualityaward.panel.PrepareSeatDelegate;
import cn.wuhan.qualityaward.panel.SendReminderDelegate;
import cn.wuhan.qualityaward.recommender.NominationFilers;
import cn.wuhan.qualityaward.scoring.AggregateScoresDelegate;
import cn.wuhan.qualityaward.scoring.ModerationSheetsListener;
import cn.wuhan.qualityaward.scoring.RecordModerationDelegate;
import cn.wuhan.qualityaward.scoring.StoreScoreSheetDelegate;
import cn.wuhan.qualityaward.support.ModelBeans;
import cn.wuhan.qualityaward.support.ModelTestEngine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The nomination model alone (个人奖申报与评审): each gateway's branches, each timer, the boundary error,
 * each message and the asynchronous steps, on the in-memory model test engine with every delegate
 * replaced; the trackProposal decision runs as deployed. What the steps do to the award's data is the
 * business of {@link NominationProcessTest} and {@code PanelProcessTest}.
 */
@Deployment(resources = {NominationModelTest.MODEL, NominationModelTest.TRACK_PROPOSAL})
class NominationModelTest {

    static final String MODEL = "processes/nomination.bpmn";
    static final String TRACK_PROPOSAL = "processes/track-proposal.dmn";
    private static final long NOMINATION = 7L;
    private static final String EXPERT = "expert1";
    private static final Date NOW = new Date(4_102_444_800_000L);
    private static final Date SCORING_DUE =
            new Date(NOW.getTime() + Duration.ofDays(30).toMillis());
    private static final Date REMINDER =
            new Date(SCORING_DUE.getTime() - Duration.ofDays(3).toMillis());

    @RegisterExtension
    static ProcessEngineExtension engine = ModelTestEngine.extension();

    @RegisterExtension
    ModelBeans beans = ModelBeans.forModel(MODEL);

    /** What the steps find, one answer per run: a test adds the answers its path needs. */
    private final Queue<String> formalReviews = new ArrayDeque<>();

    private final Queue<Boolean> recusals = new ArrayDeque<>();
    private final Queue<Boolean> moderations = new ArrayDeque<>();
    private final Queue<Boolean> rescores = new ArrayDeque<>();
    private boolean eligible = true;
    private boolean panelShort;

    @BeforeEach
    void replaceTheDelegates() {
        engine.setCurrentTime(NOW);
        beans.step(RegisterNominationDelegate.class).does(execution -> CORRECTION_PERIOD.set(execution, "P10D"));
        beans.step(RecordEligibilityDelegate.class).does(execution -> ELIGIBLE.setForThisStep(execution, eligible));
        beans.step(RecordFormalReviewDelegate.class)
                .does(execution -> FORMAL_REVIEW_OUTCOME.setForThisStep(execution, formalReviews.remove()));
        beans.step(AssignPanelDelegate.class).does(execution -> {
            if (panelShort) {
                panelShort = false;
                throw new BpmnError(Errors.PANEL_UNAVAILABLE, "专家不足");
            }
            execution.setVariable(SCORING_EXPERTS, new ArrayList<>(List.of(EXPERT)));
            SCORING_DUE_DATE.set(execution, SCORING_DUE);
        });
        beans.step(PrepareSeatDelegate.class).does(execution -> SEAT_REMINDER_DATE.setForThisStep(execution, REMINDER));
        beans.step(StoreScoreSheetDelegate.class)
                .does(execution -> RECUSED.setForThisStep(execution, recusals.remove()));
        beans.step(AggregateScoresDelegate.class)
                .does(execution -> MODERATION_DUE.setForThisStep(execution, moderations.remove()));
        beans.step(RecordModerationDelegate.class).does(execution -> {
            boolean rescore = rescores.remove();
            RESCORE_REQUESTED.setForThisStep(execution, rescore);
            if (rescore) {
                execution.setVariable(SCORING_EXPERTS, new ArrayList<>(List.of(EXPERT)));
            }
        });

        beans.register(NominationFilers.class, new Filers());
        beans.register(PanelService.class, new Panels());
        beans.register(CycleScoreForms.class, new ScoreForms());
        beans.register(CycleDecisions.class, new Decisions());
    }

    /** Stands in for {@link NominationFilers#of}: the nomination was filed by recommender1. */
    public static final class Filers {
        public List<String> of(Long nominationId) {
            return Long.valueOf(NOMINATION).equals(nominationId) ? List.of("recommender1") : List.of();
        }
    }

    /** Stands in for {@link CycleDecisions#tag}: every cycle evaluates the tables tagged 2026, as shipped. */
    public static final class Decisions {
        public String tag(Long nominationId, String key) {
            return "2026";
        }
    }

    /** Stands in for {@link CycleScoreForms}: every nomination is scored on score-staff, version 1. */
    public static final class ScoreForms {
        public String formKey(DelegateTask task) {
            return "score-staff";
        }

        public String version(DelegateTask task) {
            return "1";
        }
    }

    /** Stands in for {@link PanelService#leader}: the expert leads the panel. */
    public static final class Panels {
        public String leader(long nominationId) {
            return EXPERT;
        }
    }

    @Test
    void anIneligibleNominationEndsBeforeTheFormalReview() {
        eligible = false;

        ProcessInstance nomination = nominate();

        assertThat(nomination).isEnded().hasPassed(Elements.END_INELIGIBLE).hasNotPassed(Elements.FORMAL_REVIEW);
    }

    @Test
    void anEligibleNominationGoesToTheOfficesFormalReview() {
        ProcessInstance nomination = nominate();

        assertThat(nomination)
                .hasPassed(Elements.REGISTER, Elements.CHECK_ELIGIBILITY, Elements.RECORD_ELIGIBILITY)
                .isWaitingAt(Elements.FORMAL_REVIEW);
        assertThat(task()).hasCandidateGroup("award-office");
    }

    @Test
    void aRejectedNominationEndsAtTheFormalReview() {
        formalReviews.add("REJECT");
        ProcessInstance nomination = inFormalReview();

        complete(task());

        assertThat(nomination).isEnded().hasPassed(Elements.RECORD_FORMAL_REVIEW, Elements.END_REJECTED);
    }

    @Test
    void aCorrectionRegisteredInTimeReturnsToTheFormalReview() {
        formalReviews.addAll(List.of("CORRECTION", "REJECT"));
        ProcessInstance nomination = inFormalReview();

        complete(task());
        assertThat(nomination).isWaitingAt(Elements.REGISTER_CORRECTION);
        assertThat(task()).hasCandidateGroup("award-office").hasCandidateUser("recommender1");
        complete(task());

        assertThat(nomination).hasPassed(Elements.RECORD_CORRECTION).isWaitingAt(Elements.FORMAL_REVIEW);
    }

    @Test
    void theCorrectionTaskIsDueWhenItsPeriodEndsAsTheWithdrawalTimerIs() {
        formalReviews.add("CORRECTION");
        inFormalReview();
        complete(task());

        assertThat(task().getDueDate())
                .isEqualTo(new Date(NOW.getTime() + Duration.ofDays(10).toMillis()))
                .isEqualTo(job(Elements.CORRECTION_DEADLINE).getDuedate());
    }

    @Test
    void aCorrectionNotRegisteredInItsPeriodWithdrawsTheNomination() {
        formalReviews.add("CORRECTION");
        ProcessInstance nomination = inFormalReview();
        complete(task());
        assertThat(nomination).isWaitingAt(Elements.REGISTER_CORRECTION);
        assertThat(job(Elements.CORRECTION_DEADLINE).getDuedate())
                .isEqualTo(new Date(NOW.getTime() + Duration.ofDays(10).toMillis()));

        execute(job(Elements.CORRECTION_DEADLINE));

        assertThat(nomination)
                .isEnded()
                .hasPassed(Elements.WITHDRAW, Elements.END_WITHDRAWN)
                .hasNotPassed(Elements.RECORD_CORRECTION);
    }

    @Test
    void aPassedNominationGetsTheTrackTheDecisionProposesForItsPositionLevel() {
        formalReviews.add("PASS");
        ProcessInstance nomination = inFormalReview();

        complete(task());

        assertThat(nomination).hasPassed(Elements.PROPOSE_TRACK).isWaitingAt(Elements.ASSIGN_TRACK);
        assertThat(nomination).variables().containsEntry(PROPOSED_TRACK.name(), Track.SENIOR_MANAGER.name());
        assertThat(task()).hasCandidateGroup("award-office");
    }

    @Test
    void afterTheTrackIsAssignedAPanelIsFormedAndEachSeatPreparedInAJobOfItsOwn() {
        ProcessInstance nomination = at(Elements.ASSIGN_TRACK);

        complete(task());

        assertThat(nomination)
                .hasPassed(Elements.RECORD_TRACK, Elements.ASSIGN_PANEL)
                .isWaitingAt(Elements.PREPARE_SEAT);
        assertThat(beans.step(PrepareSeatDelegate.class).ranAt()).isEmpty();
        execute(job());
        assertThat(nomination).isWaitingAt(Elements.SCORE);
        assertThat(task()).isAssignedTo(EXPERT).hasDueDate(SCORING_DUE);
    }

    @Test
    void whenThePoolIsShortTheOfficeAddsExpertsAndThePanelIsFormedAgain() {
        panelShort = true;
        ProcessInstance nomination = at(Elements.ASSIGN_PANEL);

        assertThat(nomination).hasPassed(Elements.PANEL_UNAVAILABLE).isWaitingAt(Elements.RESOLVE_PANEL);
        assertThat(task()).hasCandidateGroup("award-office");
        complete(task());

        assertThat(beans.step(AssignPanelDelegate.class).ranAt()).hasSize(2);
        assertThat(nomination).isWaitingAt(Elements.PREPARE_SEAT);
    }

    @Test
    void anExpertWhoScoresEndsTheirSeatAndTheRoundIsAggregated() {
        recusals.add(false);
        moderations.add(false);
        ProcessInstance nomination = scoring();

        complete(task());

        assertThat(nomination)
                .hasPassed(Elements.STORE_SCORE_SHEET, Elements.END_EXPERT_SCORED, Elements.AGGREGATE)
                .hasNotPassed(Elements.MODERATE);
    }

    @Test
    void anExpertWhoDeclaresAConflictOfInterestHandsTheSeatToAnother() {
        recusals.add(true);
        ProcessInstance nomination = scoring();

        complete(task());

        assertThat(nomination).hasNotPassed(Elements.END_EXPERT_SCORED).isWaitingAt(Elements.PREPARE_SEAT);
        execute(job());
        assertThat(beans.step(PrepareSeatDelegate.class).ranAt()).hasSize(2);
        assertThat(nomination).isWaitingAt(Elements.SCORE);
    }

    @Test
    void theReminderGoesOutBeforeTheDueDateAndTheExpertKeepsScoring() {
        ProcessInstance nomination = scoring();
        assertThat(job(Elements.SCORING_REMINDER).getDuedate()).isEqualTo(REMINDER);

        execute(job(Elements.SCORING_REMINDER));
        assertThat(nomination).isWaitingAt(Elements.SEND_REMINDER, Elements.SCORE);
        execute(job(Elements.SEND_REMINDER));

        assertThat(beans.step(SendReminderDelegate.class).ranAt()).hasSize(1);
        assertThat(nomination).hasPassed(Elements.END_REMINDER_SENT).isWaitingAt(Elements.SCORE);
    }

    @Test
    void anOverdueSeatGoesToTheOfficeWhoseDecisionPreparesItAgain() {
        ProcessInstance nomination = scoring();
        assertThat(job(Elements.SCORING_OVERDUE).getDuedate()).isEqualTo(SCORING_DUE);

        execute(job(Elements.SCORING_OVERDUE));
        assertThat(nomination).isNotWaitingAt(Elements.SCORE).isWaitingAt(Elements.ESCALATE_OVERDUE);
        execute(job(Elements.ESCALATE_OVERDUE));
        assertThat(nomination).isWaitingAt(Elements.HANDLE_OVERDUE);
        assertThat(task()).hasCandidateGroup("award-office");
        complete(task());

        assertThat(nomination).hasPassed(Elements.RECORD_OVERDUE_DECISION).isWaitingAt(Elements.PREPARE_SEAT);
    }

    @Test
    void scoresCloseEnoughToEachOtherAreReportedAndTheNominationAwaitsTheCyclesDecision() {
        moderations.add(false);

        ProcessInstance nomination = at(Elements.AGGREGATE);

        assertThat(nomination)
                .hasPassed(Elements.REPORT_EVALUATED)
                .hasNotPassed(Elements.MODERATE)
                .isWaitingAt(Elements.AWAIT_DECISION);
        assertThat(beans.step(ReportEvaluatedDelegate.class).ranAt()).hasSize(1);
    }

    @Test
    void divergingScoresGoToThePanelLeaderWhoMaySendExpertsBackToScore() {
        moderations.add(true);
        rescores.add(true);
        ProcessInstance nomination = at(Elements.AGGREGATE);
        assertThat(nomination).isWaitingAt(Elements.MODERATE);
        assertThat(task()).isAssignedTo(EXPERT);
        assertThat(beans.step(ModerationSheetsListener.class).ranAt()).containsExactly(Elements.MODERATE);

        complete(task());

        assertThat(nomination).hasPassed(Elements.RECORD_MODERATION).isWaitingAt(Elements.PREPARE_SEAT);
    }

    @Test
    void aModerationWithoutRescoringAggregatesTheSameSheetsAgain() {
        moderations.addAll(List.of(true, false));
        rescores.add(false);
        ProcessInstance nomination = at(Elements.AGGREGATE);
        assertThat(nomination).isWaitingAt(Elements.MODERATE);

        complete(task());

        assertThat(beans.step(AggregateScoresDelegate.class).ranAt()).hasSize(2);
        assertThat(nomination).hasNotPassed(Elements.PREPARE_SEAT).isWaitingAt(Elements.AWAIT_DECISION);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CycleOutcome.class)
    void theCyclesDecisionEndsTheNominationWithItsOutcome(CycleOutcome outcome) {
        ProcessInstance nomination = at(Elements.AWAIT_DECISION);

        engine.getRuntimeService()
                .createMessageCorrelation(Messages.CYCLE_DECIDED)
                .processInstanceId(nomination.getId())
                .setVariable(CYCLE_OUTCOME.name(), outcome.name())
                .correlate();

        Map<CycleOutcome, String> ends = Map.of(
                CycleOutcome.AWARDED, Elements.END_AWARDED,
                CycleOutcome.NOT_AWARDED, Elements.END_NOT_AWARDED,
                CycleOutcome.WITHDRAWN, Elements.END_WITHDRAWN_ON_OBJECTION);
        assertThat(nomination).isEnded().hasPassed(Elements.AWARDED_GATEWAY, ends.get(outcome));
    }

    @Test
    void theEndOfTheScoringPeriodEndsANominationStillBeingScored() {
        ProcessInstance nomination = scoring();

        engine.getRuntimeService()
                .createMessageCorrelation(Messages.SCORING_CLOSED)
                .processInstanceId(nomination.getId())
                .correlate();

        assertThat(nomination)
                .isEnded()
                .hasPassed(Elements.START_SCORING_CLOSED, Elements.END_NOT_EVALUATED)
                .hasNotPassed(Elements.AGGREGATE);
    }

    private ProcessInstance nominate() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        NominationProcess.KEY,
                        "2026-00007",
                        Map.of(
                                NOMINATION_ID.name(),
                                NOMINATION,
                                CYCLE_ID.name(),
                                "2026",
                                POSITION_LEVEL.name(),
                                "SENIOR"));
    }

    private ProcessInstance inFormalReview() {
        ProcessInstance nomination = nominate();
        assertThat(nomination).isWaitingAt(Elements.FORMAL_REVIEW);
        return nomination;
    }

    /** An expert's scoring task, its seat prepared. */
    private ProcessInstance scoring() {
        ProcessInstance nomination = at(Elements.ASSIGN_PANEL);
        assertThat(nomination).isWaitingAt(Elements.PREPARE_SEAT);
        execute(job());
        assertThat(nomination).isWaitingAt(Elements.SCORE);
        return nomination;
    }

    /**
     * A nomination started just before this element, with what the earlier steps would have set: a
     * model test needs none of them.
     */
    private ProcessInstance at(String element) {
        ProcessInstance nomination = engine.getRuntimeService()
                .createProcessInstanceByKey(NominationProcess.KEY)
                .businessKey("2026-00007")
                .setVariable(NOMINATION_ID.name(), NOMINATION)
                .setVariable(CYCLE_ID.name(), "2026")
                .setVariable(SCORING_FORM.name(), ScoringForms.formKey(Track.SENIOR_MANAGER))
                .setVariable(SCORING_EXPERTS, new ArrayList<>(List.of(EXPERT)))
                .setVariable(SCORING_DUE_DATE.name(), SCORING_DUE)
                .startBeforeActivity(element)
                .execute();
        assertThat(nomination).isStarted();
        return nomination;
    }
}
