package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.engine.JsonListVariable;
import cn.wuhan.qualityaward.engine.ProcessVariable;
import java.util.Date;

/** Names of the {@code nomination} process (个人奖申报与评审): its elements, variables and messages. */
public final class NominationProcess {

    public static final String KEY = "nomination";
    /** Key of the decision in processes/eligibility.dmn (申报资格审核). */
    public static final String ELIGIBILITY_DECISION = "eligibility";

    private NominationProcess() {}

    public static final class Elements {
        public static final String START = "startEvent_nominationReceived";
        public static final String REGISTER = "serviceTask_registerNomination";
        public static final String CHECK_ELIGIBILITY = "businessRuleTask_checkEligibility";
        public static final String RECORD_ELIGIBILITY = "serviceTask_recordEligibility";
        public static final String ELIGIBLE_GATEWAY = "gateway_eligible";
        public static final String END_INELIGIBLE = "endEvent_ineligible";
        public static final String FORMAL_REVIEW_ROUND = "gateway_formalReviewRound";
        public static final String FORMAL_REVIEW = "userTask_formalReview";
        public static final String RECORD_FORMAL_REVIEW = "serviceTask_recordFormalReview";
        public static final String FORMAL_REVIEW_GATEWAY = "gateway_formalReviewOutcome";
        public static final String END_REJECTED = "endEvent_rejected";
        public static final String REGISTER_CORRECTION = "userTask_registerCorrection";
        public static final String RECORD_CORRECTION = "serviceTask_recordCorrection";
        public static final String CORRECTION_DEADLINE = "timer_correctionDeadline";
        public static final String WITHDRAW = "serviceTask_withdrawNomination";
        public static final String END_WITHDRAWN = "endEvent_withdrawn";
        public static final String PROPOSE_TRACK = "businessRuleTask_proposeTrack";
        public static final String ASSIGN_TRACK = "userTask_assignTrack";
        public static final String RECORD_TRACK = "serviceTask_recordTrack";
        public static final String PANEL_ATTEMPT = "gateway_panelAttempt";
        public static final String ASSIGN_PANEL = "serviceTask_assignPanel";
        public static final String PANEL_UNAVAILABLE = "error_panelUnavailable";
        public static final String RESOLVE_PANEL = "userTask_resolvePanel";
        public static final String SEAT_TURN = "gateway_seatTurn";
        public static final String PREPARE_SEAT = "serviceTask_prepareSeat";
        public static final String RECUSED_GATEWAY = "gateway_recused";
        public static final String SCORING_REMINDER = "timer_scoringReminder";
        public static final String SEND_REMINDER = "serviceTask_sendReminder";
        public static final String END_REMINDER_SENT = "endEvent_reminderSent";
        public static final String SCORING_OVERDUE = "timer_scoringOverdue";
        public static final String ESCALATE_OVERDUE = "serviceTask_escalateOverdue";
        public static final String HANDLE_OVERDUE = "userTask_handleOverdue";
        public static final String RECORD_OVERDUE_DECISION = "serviceTask_recordOverdueDecision";
        public static final String SCORING_ROUND = "gateway_scoringRound";
        public static final String EXPERT_SCORING = "subProcess_expertScoring";
        public static final String START_EXPERT_SCORING = "startEvent_expertScoring";
        public static final String SCORE = "userTask_scoreNomination";
        public static final String STORE_SCORE_SHEET = "serviceTask_storeScoreSheet";
        public static final String END_EXPERT_SCORED = "endEvent_expertScored";
        public static final String AGGREGATE = "serviceTask_aggregateScores";
        public static final String MODERATION_DUE_GATEWAY = "gateway_moderationDue";
        public static final String MODERATE = "userTask_moderateScores";
        public static final String RECORD_MODERATION = "serviceTask_recordModeration";
        public static final String RESCORE_GATEWAY = "gateway_rescoreRequested";
        public static final String ROUND_SCORED = "gateway_roundScored";
        public static final String REPORT_EVALUATED = "serviceTask_reportEvaluated";
        public static final String AWAIT_DECISION = "receiveTask_awaitCycleDecision";
        public static final String AWARDED_GATEWAY = "gateway_awarded";
        public static final String END_AWARDED = "endEvent_awarded";
        public static final String END_NOT_AWARDED = "endEvent_notAwarded";
        public static final String END_WITHDRAWN_ON_OBJECTION = "endEvent_withdrawnOnObjection";
        public static final String SCORING_CLOSED_SUBPROCESS = "eventSubProcess_scoringClosed";
        public static final String START_SCORING_CLOSED = "startEvent_scoringClosed";
        public static final String END_NOT_EVALUATED = "endEvent_notEvaluated";

        private Elements() {}
    }

    public static final class Variables {
        /**
         * Filled in the start form; the register step reads them, stores them and drops the private ones
         * (those of {@link PersonalData} never reach history at all).
         */
        public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);

        public static final ProcessVariable<String> NOMINEE_NAME = ProcessVariable.of("nomineeName", String.class);
        public static final ProcessVariable<String> ID_NUMBER = ProcessVariable.of("idNumber", String.class);
        public static final ProcessVariable<String> ORGANIZATION = ProcessVariable.of("organization", String.class);
        public static final ProcessVariable<String> POSITION = ProcessVariable.of("position", String.class);
        /** 职称, shown on the formal review; not personal data, unlike the phone, which stays in the table. */
        public static final ProcessVariable<String> TITLE = ProcessVariable.of("title", String.class);
        /** SENIOR, MIDDLE, FRONTLINE or OTHER: the input of the trackProposal decision. */
        public static final ProcessVariable<String> POSITION_LEVEL = ProcessVariable.of("positionLevel", String.class);

        public static final ProcessVariable<String> RECOMMENDING_UNIT =
                ProcessVariable.of("recommendingUnit", String.class);
        public static final ProcessVariable<String> RECOMMENDING_OPINION =
                ProcessVariable.of("recommendingOpinion", String.class);
        public static final ProcessVariable<String> SUMMARY = ProcessVariable.of("summary", String.class);
        public static final ProcessVariable<Integer> QUALITY_WORK_YEARS =
                ProcessVariable.of("qualityWorkYears", Integer.class);
        public static final ProcessVariable<Integer> MAJOR_INCIDENT_YEAR =
                ProcessVariable.of("majorIncidentYear", Integer.class);
        public static final ProcessVariable<Integer> ILLEGAL_CONDUCT_YEAR =
                ProcessVariable.of("illegalConductYear", Integer.class);
        public static final ProcessVariable<Integer> BAD_CREDIT_YEAR =
                ProcessVariable.of("badCreditYear", Integer.class);
        public static final ProcessVariable<Integer> AWARD_FRAUD_YEAR =
                ProcessVariable.of("awardFraudYear", Integer.class);
        public static final ProcessVariable<Integer> LAST_AWARD_YEAR =
                ProcessVariable.of("lastAwardYear", Integer.class);
        public static final ProcessVariable<Boolean> MATERIALS_DECLARED_TRUE =
                ProcessVariable.of("materialsDeclaredTrue", Boolean.class);

        /** 其他人员: the checklist of claimed conditions, and one justification field per condition. */
        public static final JsonListVariable CLAIMED_CONDITIONS = JsonListVariable.of("claimedConditions");

        public static final String JUSTIFICATION_PREFIX = "justification_";
        /** The claimed conditions as the experts' forms show them. */
        public static final ProcessVariable<String> CLAIMED_CONDITIONS_TEXT =
                ProcessVariable.of("claimedConditionsText", String.class);

        public static final ProcessVariable<Long> NOMINATION_ID = ProcessVariable.of("nominationId", Long.class);
        public static final ProcessVariable<String> REFERENCE_NO = ProcessVariable.of("referenceNo", String.class);

        /**
         * Inputs of the eligibility decision, computed from the award's tables when the decision is
         * evaluated; never process variables (see {@link PersonalData}).
         */
        public static final ProcessVariable<Integer> YEARS_SINCE_MAJOR_INCIDENT =
                ProcessVariable.of("yearsSinceMajorIncident", Integer.class);

        public static final ProcessVariable<Integer> YEARS_SINCE_ILLEGAL_CONDUCT =
                ProcessVariable.of("yearsSinceIllegalConduct", Integer.class);
        public static final ProcessVariable<Integer> YEARS_SINCE_BAD_CREDIT =
                ProcessVariable.of("yearsSinceBadCredit", Integer.class);
        public static final ProcessVariable<Integer> YEARS_SINCE_AWARD_FRAUD =
                ProcessVariable.of("yearsSinceAwardFraud", Integer.class);
        public static final ProcessVariable<Integer> YEARS_SINCE_LAST_AWARD =
                ProcessVariable.of("yearsSinceLastAward", Integer.class);
        /**
         * The decision's result list (failed rules with reasons), handed from the check to the record step
         * as a transient variable: it says which misconduct rule failed, so it is never stored.
         */
        public static final String ELIGIBILITY_RESULT = "eligibilityResult";

        public static final ProcessVariable<Boolean> ELIGIBLE = ProcessVariable.of("eligible", Boolean.class);

        public static final ProcessVariable<String> FORMAL_REVIEW_DECISION =
                ProcessVariable.of("formalReviewDecision", String.class);
        public static final ProcessVariable<String> FORMAL_REVIEW_COMMENT =
                ProcessVariable.of("formalReviewComment", String.class);
        /** PASS, CORRECTION or REJECT, as recorded. */
        public static final ProcessVariable<String> FORMAL_REVIEW_OUTCOME =
                ProcessVariable.of("formalReviewOutcome", String.class);
        /** ISO-8601 duration the nominee has to correct the materials. */
        public static final ProcessVariable<String> CORRECTION_PERIOD =
                ProcessVariable.of("correctionPeriod", String.class);

        public static final ProcessVariable<String> CORRECTION_NOTE =
                ProcessVariable.of("correctionNote", String.class);

        /** The decision's proposal, and the office's reason when it assigns another track. */
        public static final ProcessVariable<String> PROPOSED_TRACK = ProcessVariable.of("proposedTrack", String.class);

        public static final ProcessVariable<String> TRACK_OVERRIDE_REASON =
                ProcessVariable.of("trackOverrideReason", String.class);
        public static final ProcessVariable<String> TRACK = ProcessVariable.of("track", String.class);
        public static final ProcessVariable<String> REFERENCE_TRACK =
                ProcessVariable.of("referenceTrack", String.class);
        public static final ProcessVariable<String> TRACK_LABEL = ProcessVariable.of("trackLabel", String.class);
        /**
         * The Camunda Form the experts fill: the score sheet of the scoring track. The score task now
         * binds its form from the award's tables ({@code CycleScoreForms}); kept for instances started
         * on a model whose score task still names it.
         */
        public static final ProcessVariable<String> SCORING_FORM = ProcessVariable.of("scoringForm", String.class);

        public static final ProcessVariable<Date> SCORING_DUE_DATE = ProcessVariable.of("scoringDueDate", Date.class);
        /** Who scores in the current round: the whole panel, then any experts sent back to re-score. */
        public static final String SCORING_EXPERTS = "scoringExperts";
        /** Element variable of the scoring multi-instance: the expert of one scoring task. */
        public static final String EXPERT = "expert";
        /** Why the panel could not be formed, for the office's task. */
        public static final ProcessVariable<String> PANEL_PROBLEM = ProcessVariable.of("panelProblem", String.class);
        /**
         * Local to one seat of the panel: its due date; its reminder and whether its expert recused,
         * each set for the step that reads it only (never stored).
         */
        public static final ProcessVariable<Date> SEAT_DUE_DATE = ProcessVariable.of("seatDueDate", Date.class);

        public static final ProcessVariable<Date> SEAT_REMINDER_DATE =
                ProcessVariable.of("seatReminderDate", Date.class);
        public static final ProcessVariable<Boolean> RECUSED = ProcessVariable.of("recused", Boolean.class);
        /** The office's answer to an overdue scoring task: EXTEND to a new due date, or REASSIGN. */
        public static final ProcessVariable<String> OVERDUE_DECISION =
                ProcessVariable.of("overdueDecision", String.class);

        public static final ProcessVariable<String> EXTENDED_DUE_DATE =
                ProcessVariable.of("extendedDueDate", String.class);
        public static final ProcessVariable<Boolean> MODERATION_DUE =
                ProcessVariable.of("moderationDue", Boolean.class);
        /** Task-local on the moderation task: the sheets side by side, and the panel to choose from. */
        public static final String MODERATION_SHEETS = "moderationSheets";

        public static final JsonListVariable PANEL_OPTIONS = JsonListVariable.of("panelOptions");
        public static final JsonListVariable RESCORE_EXPERTS = JsonListVariable.of("rescoreExperts");
        public static final ProcessVariable<String> MODERATION_NOTE =
                ProcessVariable.of("moderationNote", String.class);
        public static final ProcessVariable<Boolean> RESCORE_REQUESTED =
                ProcessVariable.of("rescoreRequested", Boolean.class);

        public static final ProcessVariable<Double> FINAL_SCORE = ProcessVariable.of("finalScore", Double.class);
        /** The name of a {@link cn.wuhan.qualityaward.nomination.CycleOutcome}. */
        public static final ProcessVariable<String> CYCLE_OUTCOME = ProcessVariable.of("cycleOutcome", String.class);
        /** What the outcome gateway read before {@link #CYCLE_OUTCOME}; still set for instances of that model. */
        public static final ProcessVariable<Boolean> AWARDED_BEFORE_OUTCOMES =
                ProcessVariable.of("awarded", Boolean.class);

        private Variables() {}
    }

    public static final class Errors {
        /** The pool cannot supply a full, conflict-free panel: the office adds experts, then it retries. */
        public static final String PANEL_UNAVAILABLE = "PANEL_UNAVAILABLE";

        private Errors() {}
    }

    public static final class Messages {
        /** From the cycle: the list is approved; carries {@code cycleOutcome}. */
        public static final String CYCLE_DECIDED = "CycleDecided";
        /** From the cycle: the scoring period is over before this nomination was scored. */
        public static final String SCORING_CLOSED = "ScoringClosed";

        private Messages() {}
    }
}
