package cn.wuhan.qualityaward.recommender;

import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.NominationStatus;

/**
 * Where a nomination stands, in the words a recommending unit follows it by: the stages of
 * {@link NominationStatus.Stage} (评选进度's words), except that the unit reads 评审中 from the track's
 * assignment until the list is published, not the panel's and committee's steps.
 */
public enum NominationStage {
    RECEIVED("已受理"),
    FORMAL_REVIEW("形式审查"),
    CORRECTION("补正中"),
    EVALUATION("评审中"),
    PUBLIC_NOTICE("公示中"),
    AWARDED("获奖"),
    NOT_AWARDED("未获奖"),
    /** Refused or withdrawn before any scoring; "撤出" alone read as if the unit had withdrawn it. */
    NOT_ACCEPTED("不予受理"),
    WITHDRAWN_FROM_LIST("撤出名单");

    private final String label;

    NominationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * @param onPublishedList the committee proposed it and no objection took it off the list
     */
    static NominationStage of(NominationStatus status, CycleStatus cycle, boolean onPublishedList) {
        return switch (status) {
            case RECEIVED -> RECEIVED;
            case FORMAL_REVIEW -> FORMAL_REVIEW;
            case CORRECTION_REQUESTED -> CORRECTION;
            case TRACK_ASSIGNMENT, SCORING -> EVALUATION;
            case EVALUATED ->
                onPublishedList && (cycle == CycleStatus.PUBLIC_NOTICE || cycle == CycleStatus.FINAL_APPROVAL)
                        ? PUBLIC_NOTICE
                        : EVALUATION;
            case AWARDED -> AWARDED;
            case NOT_AWARDED, NOT_EVALUATED -> NOT_AWARDED;
            case INELIGIBLE, REJECTED, WITHDRAWN -> NOT_ACCEPTED;
            case WITHDRAWN_ON_OBJECTION -> WITHDRAWN_FROM_LIST;
        };
    }
}
