package cn.wuhan.qualityaward.nomination;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a nomination stands in the award's tables. {@link #label()} is the precise wording for the
 * records; {@link #stage()} is the short stage name that every overview shows (status lists, the
 * office's 评选进度 page in Cockpit, the recommending units' view), from the one list {@link Stage}.
 */
public enum NominationStatus {
    RECEIVED("已受理", Stage.FORMAL_REVIEW),
    INELIGIBLE("不符合申报条件", Stage.NOT_ACCEPTED),
    FORMAL_REVIEW("形式审查中", Stage.FORMAL_REVIEW),
    CORRECTION_REQUESTED("待补正", Stage.CORRECTION),
    WITHDRAWN("逾期未补正，视为撤回", Stage.NOT_ACCEPTED),
    REJECTED("形式审查未通过", Stage.NOT_ACCEPTED),
    TRACK_ASSIGNMENT("待确定评审类别", Stage.TRACK_ASSIGNMENT),
    SCORING("专家评审中", Stage.SCORING),
    EVALUATED("评审完成", Stage.AWAITING_SELECTION),
    NOT_EVALUATED("评审期满未完成", Stage.NOT_EVALUATED),
    AWARDED("获奖", Stage.AWARDED),
    NOT_AWARDED("未获奖", Stage.NOT_AWARDED),
    WITHDRAWN_ON_OBJECTION("公示期间异议成立，撤出名单", Stage.WITHDRAWN_FROM_LIST);

    /**
     * The stages of a nomination, in the order a nomination passes them, as every overview names
     * them. Two are not statuses of their own: 专家组合议 is {@link #SCORING} while the panel leader
     * compares the sheets, 公示中 is {@link #EVALUATED} while the candidate is on the published list.
     */
    public enum Stage {
        FORMAL_REVIEW("形式审查"),
        CORRECTION("补正中"),
        TRACK_ASSIGNMENT("确定类别"),
        SCORING("评分中"),
        MODERATION("专家组合议"),
        AWAITING_SELECTION("待评选"),
        PUBLIC_NOTICE("公示中"),
        AWARDED("获奖"),
        NOT_AWARDED("未获奖"),
        WITHDRAWN_FROM_LIST("撤出名单"),
        NOT_EVALUATED("未完成评审"),
        NOT_ACCEPTED("不予受理");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Still on its way to a score: the cycle waits for these. */
    public static final Set<NominationStatus> IN_EVALUATION =
            EnumSet.of(RECEIVED, FORMAL_REVIEW, CORRECTION_REQUESTED, TRACK_ASSIGNMENT, SCORING);

    /** Scored, whatever the cycle decided later: these are ranked. */
    public static final Set<NominationStatus> SCORED =
            EnumSet.of(EVALUATED, AWARDED, NOT_AWARDED, WITHDRAWN_ON_OBJECTION);

    private final String label;
    private final Stage stage;

    NominationStatus(String label, Stage stage) {
        this.label = label;
        this.stage = stage;
    }

    public String label() {
        return label;
    }

    /** The stage an overview shows, before the two refinements below. */
    public Stage stage() {
        return stage;
    }

    /**
     * The stage an overview shows, knowing whether the panel is in 专家组合议 and whether the
     * candidate is on the list under public notice (or awaiting approval after it).
     */
    public Stage stage(boolean inModeration, boolean onNoticeList) {
        if (this == SCORING && inModeration) {
            return Stage.MODERATION;
        }
        if (this == EVALUATED && onNoticeList) {
            return Stage.PUBLIC_NOTICE;
        }
        return stage;
    }
}
