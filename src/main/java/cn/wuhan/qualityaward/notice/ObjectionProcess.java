package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.engine.ProcessVariable;
import java.util.Date;

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

  public static final class Elements {
    public static final String START = "startEvent_objectionFiled";
    public static final String REGISTER = "serviceTask_registerObjection";
    public static final String INVESTIGATE = "userTask_investigateObjection";
    public static final String RECORD_FINDING = "serviceTask_recordFinding";
    public static final String DECIDE = "userTask_decideObjection";
    public static final String RECORD_DECISION = "serviceTask_recordObjectionDecision";
    public static final String REPORT_CLOSED = "serviceTask_reportObjectionClosed";
    public static final String NOTIFY_OBJECTOR = "serviceTask_notifyObjector";
    public static final String END = "endEvent_objectionClosed";

    private Elements() {}
  }

  public static final class Variables {
    public static final ProcessVariable<String> CYCLE_ID = ProcessVariable.of("cycleId", String.class);
    public static final ProcessVariable<Long> NOMINATION_ID = ProcessVariable.of("nominationId", Long.class);
    public static final ProcessVariable<String> OBJECTOR_NAME = ProcessVariable.of("objectorName", String.class);
    public static final ProcessVariable<String> OBJECTOR_CONTACT = ProcessVariable.of("objectorContact", String.class);
    public static final ProcessVariable<String> GROUNDS = ProcessVariable.of("grounds", String.class);
    public static final ProcessVariable<Long> OBJECTION_ID = ProcessVariable.of("objectionId", Long.class);
    public static final ProcessVariable<String> CANDIDATE_NAME = ProcessVariable.of("candidateName", String.class);
    public static final ProcessVariable<Date> INVESTIGATION_DUE_DATE = ProcessVariable.of("investigationDueDate", Date.class);
    public static final ProcessVariable<String> FINDING = ProcessVariable.of("finding", String.class);
    public static final ProcessVariable<String> DECISION = ProcessVariable.of("objectionDecision", String.class);
    public static final ProcessVariable<String> REASON = ProcessVariable.of("objectionReason", String.class);

    private Variables() {}
  }
}
