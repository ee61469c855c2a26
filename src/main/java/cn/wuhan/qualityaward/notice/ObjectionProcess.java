package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.engine.ProcessVariable;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Names of the {@code objection} process (公示异议处理). */
public final class ObjectionProcess {

    public static final String KEY = "objection";

    private ObjectionProcess() {}

    /** Business key of an objection: its cycle and its id, e.g. 2026-异议-7. */
    public static String businessKey(String cycleId, long objectionId) {
        return cycleId + "-异议-" + objectionId;
    }

    public static long objectionIdOf(String businessKey) {
        return Long.parseLong(businessKey.substring(businessKey.lastIndexOf('-') + 1));
    }

    /**
     * The objection this instance was started for, from its business key (set when the objection is
     * registered), never from a variable a person could send with a task.
     */
    public static long objectionOf(DelegateExecution execution) {
        return objectionIdOf(execution.getProcessBusinessKey());
    }

    public static final class Elements {
        public static final String START = "startEvent_objectionFiled";
        public static final String REGISTER = "serviceTask_registerObjection";
        public static final String INVESTIGATE = "userTask_investigateObjection";
        public static final String RECORD_FINDING = "serviceTask_recordFinding";
        public static final String VOTING_ROUND = "gateway_objectionVotingRound";
        public static final String OPEN_VOTING = "serviceTask_openObjectionVoting";
        public static final String VOTING = "subProcess_objectionVoting";
        public static final String START_VOTE = "startEvent_objectionVote";
        public static final String VOTE = "userTask_voteOnObjection";
        public static final String STORE_VOTE = "serviceTask_storeObjectionVote";
        public static final String END_VOTE = "endEvent_objectionVoted";
        public static final String VOTING_DEADLINE = "timer_objectionVotingDeadline";
        public static final String VOTING_CLOSED = "gateway_objectionVotingClosed";
        public static final String TALLY = "serviceTask_tallyObjectionVotes";
        public static final String QUORUM_GATEWAY = "gateway_objectionQuorumMet";
        public static final String REPORT_CLOSED = "serviceTask_reportObjectionClosed";
        public static final String NOTIFY_OBJECTOR = "serviceTask_notifyObjector";
        public static final String END = "endEvent_objectionClosed";

        private Elements() {}
    }

    public static final class Variables {
        public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);
        /** The candidate by the 申报编号 the notice list shows, as the start form and the API name them. */
        public static final ProcessVariable<String> CANDIDATE_REFERENCE =
                ProcessVariable.of("candidateReference", String.class);

        public static final ProcessVariable<String> OBJECTOR_NAME = ProcessVariable.of("objectorName", String.class);
        public static final ProcessVariable<String> OBJECTOR_CONTACT =
                ProcessVariable.of("objectorContact", String.class);
        public static final ProcessVariable<String> GROUNDS = ProcessVariable.of("grounds", String.class);
        public static final ProcessVariable<String> CANDIDATE_NAME = ProcessVariable.of("candidateName", String.class);
        /** The candidate's 申报编号 and name again under the names Tasklist's cards show ({@code TaskCard}). */
        public static final ProcessVariable<String> CARD_REFERENCE_NO = ProcessVariable.of("referenceNo", String.class);

        public static final ProcessVariable<String> CARD_NOMINEE_NAME = ProcessVariable.of("nomineeName", String.class);
        public static final ProcessVariable<Date> INVESTIGATION_DUE_DATE =
                ProcessVariable.of("investigationDueDate", Date.class);
        public static final ProcessVariable<String> FINDING = ProcessVariable.of("finding", String.class);
        /** The members of the current round, one vote task each (the multi-instance collection). */
        public static final String VOTERS = "objectionVoters";
        /** The member of one vote task (the multi-instance element variable), its assignee. */
        public static final String VOTER = "voter";

        public static final ProcessVariable<Date> VOTING_DUE_DATE = ProcessVariable.of("votingDueDate", Date.class);
        /** A member's vote, UPHOLD (成立) or DISMISS (不成立), and optional note: in flight only, never kept. */
        public static final ProcessVariable<String> VOTE =
                ProcessVariable.of(ObjectionService.VOTE_FIELD, String.class);

        public static final ProcessVariable<String> VOTE_NOTE =
                ProcessVariable.of(ObjectionService.NOTE_FIELD, String.class);
        public static final ProcessVariable<Boolean> QUORUM_MET = ProcessVariable.of("quorumMet", Boolean.class);

        private Variables() {}
    }
}
