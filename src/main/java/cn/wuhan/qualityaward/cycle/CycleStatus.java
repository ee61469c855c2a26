package cn.wuhan.qualityaward.cycle;

/** Where a cycle stands; {@link #stage()} is the short name the 评选进度 page shows. */
public enum CycleStatus {
    /** 征集申报 */
    OPEN("征集"),
    /** 专家评审 */
    SCORING("评分"),
    /** 评审委员会评议 */
    COMMITTEE_REVIEW("表决"),
    /** 公示 */
    PUBLIC_NOTICE("公示"),
    /** 市政府审定 */
    FINAL_APPROVAL("审定"),
    /** 已表彰 */
    ANNOUNCED("已公布");

    private final String stage;

    CycleStatus(String stage) {
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
