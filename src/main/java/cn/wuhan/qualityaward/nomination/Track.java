package cn.wuhan.qualityaward.nomination;

import java.util.Arrays;
import java.util.Optional;

/** The four scoring tracks of 关键要求. */
public enum Track {
    SENIOR_MANAGER("高层管理者"),
    MIDDLE_MANAGER("中层管理者"),
    STAFF("员工"),
    OTHER("其他人员");

    private final String label;

    Track(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 其他人员 are scored against the rubric of one of the other three tracks. */
    public boolean needsReferenceTrack() {
        return this == OTHER;
    }

    public static Optional<Track> parse(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
