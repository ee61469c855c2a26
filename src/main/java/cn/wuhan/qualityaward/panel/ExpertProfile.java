package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.CanonicalText;
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

    /**
     * Why this expert may not judge this nominee, if there is a reason. Names and organisations are
     * compared by their {@link CanonicalText#key keys}: （集团） and (集团), 李　四 and 李四 are the same.
     */
    public Optional<String> conflictWith(Nomination nominee) {
        String organizationKey = CanonicalText.key(organization);
        String nomineeOrganization = CanonicalText.key(nominee.organization());
        String recommendingUnit = CanonicalText.key(nominee.recommendingUnit());
        String nomineeName = CanonicalText.key(nominee.nomineeName());
        if (same(organizationKey, nomineeOrganization)) {
            return Optional.of("与被推荐人同属" + organization);
        }
        if (same(organizationKey, recommendingUnit)) {
            return Optional.of("所在单位为推荐单位" + organization);
        }
        return relationships.stream()
                .filter(party -> {
                    String partyKey = CanonicalText.key(party);
                    return same(partyKey, nomineeName)
                            || same(partyKey, nomineeOrganization)
                            || same(partyKey, recommendingUnit);
                })
                .findFirst()
                .map(party -> "申报有与“" + party + "”的关系");
    }

    /** Nothing visible is nobody: an empty key matches nothing. */
    private static boolean same(String key, String other) {
        return !key.isEmpty() && key.equals(other);
    }
}
