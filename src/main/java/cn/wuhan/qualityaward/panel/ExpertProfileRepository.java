package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.nomination.Track;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ExpertProfileRepository {

    private final JdbcTemplate jdbc;

    public ExpertProfileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(ExpertProfile profile, Instant at) {
        jdbc.update("delete from expert_relationship where expert_id = ?", profile.expertId());
        jdbc.update("delete from expert_profile where expert_id = ?", profile.expertId());
        jdbc.update(
                "insert into expert_profile (expert_id, organization, tracks, updated_at) values (?, ?, ?, ?)",
                profile.expertId(),
                profile.organization(),
                profile.tracks().stream().map(Track::name).sorted().collect(Collectors.joining(",")),
                Timestamp.from(at));
        for (String party : profile.relationships()) {
            jdbc.update("insert into expert_relationship (expert_id, party) values (?, ?)", profile.expertId(), party);
        }
    }

    public Optional<ExpertProfile> find(String expertId) {
        return findAll().stream().filter(p -> p.expertId().equals(expertId)).findFirst();
    }

    public List<ExpertProfile> findAll() {
        Map<String, List<String>> relationships = new HashMap<>();
        jdbc.query("select expert_id, party from expert_relationship order by party", rs -> {
            relationships
                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(rs.getString(2));
        });
        return jdbc.query(
                "select expert_id, organization, tracks from expert_profile order by expert_id",
                (rs, row) -> new ExpertProfile(
                        rs.getString("expert_id"),
                        rs.getString("organization"),
                        Arrays.stream(rs.getString("tracks").split(","))
                                .map(Track::parse)
                                .flatMap(Optional::stream)
                                .collect(Collectors.toSet()),
                        relationships.getOrDefault(rs.getString("expert_id"), List.of())));
    }
}
