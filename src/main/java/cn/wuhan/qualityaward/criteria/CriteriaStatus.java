package cn.wuhan.qualityaward.criteria;

/** Where a criteria version stands: only a draft may change, only a published version may score a new cycle. */
public enum CriteriaStatus {
    DRAFT("草稿"),
    PUBLISHED("已发布"),
    RETIRED("停用");

    private final String label;

    CriteriaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
