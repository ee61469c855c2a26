package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.Track;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An expert of the pool: the organisation they work for, the tracks they may judge, and the people
 * or organisations they declared a relationship with.
 */
public record ExpertProfile(String expertId, String organization, Set<Track> tracks, List<String> relationships) {

  public ExpertProfile {
    tracks = Set.copyOf(tracks);
    relationships = List.copyOf(relationships);
  }

  public boolean mayJudge(Track track) {
    return tracks.contains(track);
  }

  /** Why this expert may not judge this nominee, if there is a reason. */
  public Optional<String> conflictWith(Nomination nominee) {
    if (same(organization, nominee.organization())) {
      return Optional.of("与被推荐人同属" + organization);
    }
    if (same(organization, nominee.recommendingUnit())) {
      return Optional.of("所在单位为推荐单位" + organization);
    }
    return relationships.stream()
        .filter(
            party ->
                same(party, nominee.nomineeName())
                    || same(party, nominee.organization())
                    || same(party, nominee.recommendingUnit()))
        .findFirst()
        .map(party -> "申报有与“" + party + "”的关系");
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
  }
}
