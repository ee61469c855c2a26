package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ModerationRepository {

    private final JdbcTemplate jdbc;

    public ModerationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long nominationId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from moderation where nomination_id = ?", Integer.class, nominationId);
        return count != null && count > 0;
    }

    public Optional<Moderation> find(long nominationId) {
        return jdbc
                .query(
                        "select * from moderation where nomination_id = ?",
                        (rs, row) -> new Moderation(
                                rs.getString("leader_id"),
                                rescoreExperts(rs.getString("rescore_experts")),
                                rs.getString("note"),
                                rs.getBigDecimal("spread_before"),
                                rs.getTimestamp("decided_at").toInstant()),
                        nominationId)
                .stream()
                .findFirst();
    }

    private static List<String> rescoreExperts(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    /** The nominations of a cycle whose panel held a moderation. */
    public Set<Long> moderatedInCycle(String cycleId) {
        return new HashSet<>(jdbc.queryForList(
                "select m.nomination_id from moderation m join nomination n on n.id = m.nomination_id where n.cycle_id = ?",
                Long.class,
                cycleId));
    }

    void insert(long nominationId, String leader, List<String> rescore, String note, BigDecimal spread, Instant at) {
        jdbc.update(
                "insert into moderation (nomination_id, leader_id, rescore_experts, note, spread_before, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                nominationId,
                leader,
                String.join(",", rescore),
                note,
                spread,
                Timestamp.from(at));
    }
}
