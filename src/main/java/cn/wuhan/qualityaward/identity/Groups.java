package cn.wuhan.qualityaward.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The award's roles, as Camunda groups. */
public final class Groups {

  public static final String OFFICE = "award-office";
  public static final String EXPERTS = "experts";
  public static final String COMMITTEE = "committee";
  public static final String APPROVERS = "approvers";
  public static final String ADMIN = "camunda-admin";

  /** Group id → Chinese name, in the order they appear in Admin. */
  public static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put(OFFICE, "评审办公室");
    NAMES.put(EXPERTS, "评审专家");
    NAMES.put(COMMITTEE, "评审委员会");
    NAMES.put(APPROVERS, "市政府审定");
    NAMES.put(ADMIN, "系统管理员");
  }

  private Groups() {}
}
