package cn.wuhan.qualityaward.criteria.rubric;

import cn.wuhan.qualityaward.nomination.Track;
import java.util.ArrayList;
import java.util.List;

/** 评定标准细则: the two common parts and the 关键要求 of each track, as read from rubric.json. */
public record Rubric(
        String title, String edition, int totalPoints, List<RubricPart> commonParts, List<RubricTrack> tracks) {

    public RubricTrack track(Track track) {
        return tracks.stream()
                .filter(t -> t.id().equals(track.name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("rubric has no track " + track));
    }

    /** The parts an expert scores for a nominee scored on {@code track}; never 其他人员 itself. */
    public RubricSheet sheetFor(Track track) {
        if (track.needsReferenceTrack()) {
            throw new IllegalArgumentException("其他人员 are scored on the sheet of their reference track");
        }
        List<RubricPart> parts = new ArrayList<>(commonParts);
        parts.add(track(track).keyPart());
        return new RubricSheet(track, List.copyOf(parts));
    }
}
