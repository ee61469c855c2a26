package cn.wuhan.qualityaward.nomination;

import java.util.Map;

/**
 * The conditions a nominee of 其他人员 may claim, as the rubric (评定标准细则) words them. A port: the
 * {@code scoring} package, which reads the rubric and builds on nominations, implements it.
 */
public interface ClaimableConditions {

    /** Condition id → its text, in the rubric's order. */
    Map<String, String> otherTrackConditions();
}
