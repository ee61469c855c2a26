package cn.wuhan.qualityaward.criteria.rubric;

import cn.wuhan.qualityaward.criteria.CriteriaService;
import cn.wuhan.qualityaward.criteria.CriteriaVersion;
import cn.wuhan.qualityaward.nomination.ClaimableConditions;
import cn.wuhan.qualityaward.nomination.Track;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 其他人员 conditions of a cycle's criteria version, for the nomination's filing. */
@Component
public class RubricConditions implements ClaimableConditions {

    private final CriteriaService criteria;
    private final Rubric shipped;

    public RubricConditions(CriteriaService criteria, Rubric shipped) {
        this.criteria = criteria;
        this.shipped = shipped;
    }

    @Override
    public Map<String, String> otherTrackConditions(String cycleId) {
        Rubric rubric = cycleId == null
                ? shipped
                : criteria.versionOf(cycleId).map(CriteriaVersion::rubric).orElse(shipped);
        Map<String, String> other = new LinkedHashMap<>();
        rubric.track(Track.OTHER).conditions().forEach(c -> other.put(c.id(), c.text()));
        return other;
    }
}
