package cn.wuhan.qualityaward.nomination;

public enum FormalReviewDecision {
    PASS("通过"),
    CORRECTION("需要补正"),
    REJECT("不予通过");

    private final String label;

    FormalReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
