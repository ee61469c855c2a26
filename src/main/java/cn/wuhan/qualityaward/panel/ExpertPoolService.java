package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.CanonicalText;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.nomination.Track;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office keeps each expert's organisation, tracks and declared relationships. */
@Service
public class ExpertPoolService {

    private final ExpertProfileRepository profiles;
    private final ExpertDirectory experts;
    private final Clock clock;

    public ExpertPoolService(ExpertProfileRepository profiles, ExpertDirectory experts, Clock clock) {
        this.profiles = profiles;
        this.experts = experts;
        this.clock = clock;
    }

    @Transactional
    public ExpertProfile save(String expertId, String organization, List<String> tracks, List<String> relationships) {
        Problems problems = new Problems();
        if (!experts.expertIds().contains(expertId)) {
            problems.add("expertId", "NOT_AN_EXPERT", "“" + expertId + "”不是评审专家组的用户，请先在 Admin 中加入 experts 组");
        }
        if (CanonicalText.isBlank(organization)) {
            problems.add("organization", "REQUIRED", "请填写专家的工作单位");
        } else if (CanonicalText.trim(organization).length() > 200) {
            problems.add("organization", "TOO_LONG", "工作单位不能超过200个字");
        }
        Set<Track> parsed = new LinkedHashSet<>();
        for (String track : tracks == null ? List.<String>of() : tracks) {
            Optional<Track> t = Track.parse(track);
            if (t.isEmpty()) {
                problems.add("tracks", "TRACK_UNKNOWN", "“" + track + "”不是评审类别");
            } else {
                parsed.add(t.get());
            }
        }
        if (parsed.isEmpty()) {
            problems.add("tracks", "REQUIRED", "请至少选择一个可评审的类别");
        }
        // one party written twice in look-alike ways is kept once, as first typed
        Set<String> seenParties = new HashSet<>();
        List<String> parties = (relationships == null ? List.<String>of() : relationships)
                .stream()
                        .filter(p -> !CanonicalText.isBlank(p))
                        .filter(p -> seenParties.add(CanonicalText.key(p)))
                        .map(CanonicalText::trim)
                        .toList();
        if (parties.stream().anyMatch(p -> p.length() > 200)) {
            problems.add("relationships", "TOO_LONG", "关系人或单位名称不能超过200个字");
        }
        problems.throwIfAny();
        ExpertProfile profile = new ExpertProfile(expertId, CanonicalText.trim(organization), parsed, parties);
        profiles.save(profile, clock.instant());
        return profile;
    }

    public List<ExpertProfile> all() {
        return profiles.findAll();
    }
}
