package cn.wuhan.qualityaward.criteria.rubric;

import cn.wuhan.qualityaward.nomination.ClaimableConditions;
import cn.wuhan.qualityaward.nomination.Track;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 其他人员 conditions of the rubric, for the nomination's filing. */
@Component
public class RubricConditions implements ClaimableConditions {

    private final Map<String, String> other = new LinkedHashMap<>();

    public RubricConditions(Rubric rubric) {
        rubric.track(Track.OTHER).conditions().forEach(c -> other.put(c.id(), c.text()));
    }

    @Override
    public Map<String, String> otherTrackConditions() {
        return other;
    }
}
