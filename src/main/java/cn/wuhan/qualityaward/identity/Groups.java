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
    /** 推荐单位: each member files for the one unit it is bound to (table recommender). */
    public static final String RECOMMENDERS = "recommenders";

    /** Group id → Chinese name, in the order they appear in Admin. */
    public static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(OFFICE, "评审办公室");
        NAMES.put(EXPERTS, "评审专家");
        NAMES.put(COMMITTEE, "评审委员会");
        NAMES.put(APPROVERS, "市政府审定");
        NAMES.put(ADMIN, "系统管理员");
        NAMES.put(RECOMMENDERS, "推荐单位");
    }

    private Groups() {}
}
