package cn.wuhan.qualityaward.cycle;

import cn.wuhan.qualityaward.common.BlindVariables;
import cn.wuhan.qualityaward.engine.JsonListVariable;
import cn.wuhan.qualityaward.engine.ProcessVariable;
import java.util.Date;

/** Names of the {@code awardCycle} process (评选周期): its elements, variables and messages. */
public final class AwardCycleProcess {

    public static final String KEY = "awardCycle";

    private AwardCycleProcess() {}

    public static final class Elements {
        public static final String START = "startEvent_cycleStarted";
        public static final String OPEN_CYCLE = "serviceTask_openCycle";
        public static final String NOMINATION_DEADLINE = "timer_nominationDeadline";
        public static final String CLOSE_NOMINATIONS = "serviceTask_closeNominations";
        public static final String ALL_EVALUATED_GATEWAY = "gateway_allEvaluated";
        public static final String AWAIT_EVALUATIONS = "receiveTask_awaitEvaluations";
        public static final String SCORING_DEADLINE = "timer_scoringDeadline";
        public static final String CLOSE_SCORING = "serviceTask_closeScoring";
        public static final String RANKING_JOIN = "gateway_scoringFinished";
        public static final String PREPARE_RANKING = "serviceTask_prepareRanking";
        public static final String OPEN_VOTING = "serviceTask_openVoting";
        public static final String VOTING_ROUND = "gateway_votingRound";
        public static final String COMMITTEE_VOTING = "subProcess_committeeVoting";
        public static final String START_VOTE = "startEvent_vote";
        public static final String VOTE = "userTask_vote";
        public static final String STORE_BALLOT = "serviceTask_storeBallot";
        public static final String END_VOTE = "endEvent_voted";
        public static final String VOTING_DEADLINE = "timer_votingDeadline";
        public static final String VOTING_CLOSED = "gateway_votingClosed";
        public static final String TALLY = "serviceTask_tallyVotes";
        public static final String QUORUM_GATEWAY = "gateway_quorumMet";
        public static final String PUBLISH_NOTICE = "serviceTask_publishNotice";
        public static final String NOTICE_PERIOD = "timer_noticePeriod";
        public static final String CHECK_OBJECTIONS = "serviceTask_checkObjections";
        public static final String OBJECTIONS_GATEWAY = "gateway_objectionsOpen";
        public static final String AWAIT_OBJECTIONS = "receiveTask_awaitObjections";
        public static final String NOTICE_CLOSABLE = "gateway_noticeClosable";
        public static final String CLOSE_NOTICE = "serviceTask_closeNotice";
        public static final String FINAL_APPROVAL = "userTask_finalApproval";
        public static final String RECORD_APPROVAL = "serviceTask_recordApproval";
        public static final String ANNOUNCE = "serviceTask_announceOutcomes";
        public static final String END = "endEvent_cycleCompleted";

        private Elements() {}
    }

    public static final class Variables {
        /** Start form fields. */
        public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);

        public static final ProcessVariable<String> CYCLE_NAME = ProcessVariable.of("cycleName", String.class);
        /** ISO-8601 date-times from the start form; the timers read the Date variables below. */
        public static final ProcessVariable<String> NOMINATION_DEADLINE_INPUT =
                ProcessVariable.of("nominationDeadlineInput", String.class);

        public static final ProcessVariable<String> SCORING_DEADLINE_INPUT =
                ProcessVariable.of("scoringDeadlineInput", String.class);
        /** Optional override of the configured notice period, an ISO-8601 duration. */
        public static final ProcessVariable<String> NOTICE_PERIOD = ProcessVariable.of("noticePeriod", String.class);
        /** Start form: the number of the published criteria version to score by; empty for the newest. */
        public static final ProcessVariable<Long> CRITERIA_VERSION_ID =
                ProcessVariable.of("criteriaVersionId", Long.class);

        public static final ProcessVariable<Date> NOMINATION_DEADLINE =
                ProcessVariable.of("nominationDeadline", Date.class);
        public static final ProcessVariable<Date> SCORING_DEADLINE = ProcessVariable.of("scoringDeadline", Date.class);
        public static final ProcessVariable<Boolean> ALL_EVALUATED = ProcessVariable.of("allEvaluated", Boolean.class);

        /** The shortlist the committee votes on, as the ballot's checklists offer it. */
        public static final JsonListVariable SHORTLIST_OPTIONS = JsonListVariable.of("shortlistOptions");
        /** Multi-instance collection and element variable of the vote. */
        public static final String COMMITTEE_MEMBERS = "committeeMembers";

        public static final String MEMBER = "member";
        public static final ProcessVariable<Date> VOTING_DUE_DATE = ProcessVariable.of("votingDueDate", Date.class);
        public static final JsonListVariable BALLOT_AGREE = JsonListVariable.of(BlindVariables.BALLOT_AGREE);
        public static final JsonListVariable BALLOT_DISAGREE = JsonListVariable.of(BlindVariables.BALLOT_DISAGREE);
        public static final ProcessVariable<Boolean> OBJECTIONS_OPEN =
                ProcessVariable.of("objectionsOpen", Boolean.class);
        public static final ProcessVariable<Boolean> QUORUM_MET = ProcessVariable.of("quorumMet", Boolean.class);
        /** Options of the approvers' checklist, and what they struck with which reason. */
        public static final JsonListVariable PROPOSED_OPTIONS = JsonListVariable.of("proposedOptions");

        public static final JsonListVariable STRUCK_NOMINATIONS = JsonListVariable.of("struckNominations");
        public static final ProcessVariable<String> STRIKE_REASON = ProcessVariable.of("strikeReason", String.class);

        private Variables() {}
    }

    public static final class Messages {
        /** From a nomination: the last nomination of the cycle has its score. */
        public static final String ALL_EVALUATED = "AllNominationsEvaluated";
        /** From an objection: the last open objection of the cycle is decided. */
        public static final String OBJECTIONS_RESOLVED = "ObjectionsResolved";

        private Messages() {}
    }
}
