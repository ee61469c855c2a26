package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.Track;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rule that picks experts for a nominee, without any storage: qualified for the scoring track,
 * free of conflicts, not excluded, the least loaded first (ties by id), so that no expert carries
 * more than one nomination above another where the pool allows it.
 */
public final class PanelSelection {

    private PanelSelection() {}

    public static List<String> choose(
            Nomination nominee,
            List<ExpertProfile> pool,
            Map<String, Integer> load,
            Collection<String> excluded,
            int count) {
        Track track = nominee.scoringTrack();
        List<ExpertProfile> qualified =
                pool.stream().filter(p -> p.mayJudge(track)).toList();
        List<ExpertProfile> free = qualified.stream()
                .filter(p -> p.conflictWith(nominee).isEmpty())
                .filter(p -> !excluded.contains(p.expertId()))
                .toList();
        if (free.size() < count) {
            throw new PanelUnavailableException(
                    count, free.size(), pool.size() - qualified.size(), qualified.size() - free.size());
        }
        return free.stream()
                .map(ExpertProfile::expertId)
                .sorted(Comparator.<String>comparingInt(e -> load.getOrDefault(e, 0))
                        .thenComparing(e -> e))
                .limit(count)
                .toList();
    }
}
