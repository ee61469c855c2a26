package cn.wuhan.qualityaward.nomination;

import java.util.Map;

/**
 * The conditions a nominee of 其他人员 may claim, as the rubric (评定标准细则) words them. A port: the
 * {@code criteria} package, which keeps the criteria versions and builds on nominations, implements it.
 */
public interface ClaimableConditions {

    /**
     * Condition id → its text, in the rubric's order, of the criteria version the cycle is scored by;
     * for a cycle that does not exist (a filing refused for it anyway), those of the shipped rubric.
     */
    Map<String, String> otherTrackConditions(String cycleId);
}
