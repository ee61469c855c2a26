package cn.wuhan.qualityaward.panel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Seats on panels; "members" are the active ones. */
@Repository
public class PanelRepository {

    private final JdbcTemplate jdbc;

    public PanelRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long nominationId, String expertId, boolean leader, Instant at) {
        jdbc.update(
                "insert into panel_member (nomination_id, expert_id, leader, assigned_at) values (?, ?, ?, ?)",
                nominationId,
                expertId,
                leader,
                Timestamp.from(at));
    }

    void leave(long nominationId, String expertId, String reason) {
        jdbc.update(
                "update panel_member set active = false, leader = false, left_reason = ? where nomination_id = ? and expert_id = ?",
                reason,
                nominationId,
                expertId);
    }

    boolean wasLeader(long nominationId, String expertId) {
        Boolean leader = jdbc.queryForObject(
                "select leader from panel_member where nomination_id = ? and expert_id = ?",
                Boolean.class,
                nominationId,
                expertId);
        return Boolean.TRUE.equals(leader);
    }

    /** The panel's active leader; null when the panel has none. */
    String leader(long nominationId) {
        return jdbc
                .queryForList(
                        "select expert_id from panel_member where nomination_id = ? and active = true and leader = true",
                        String.class,
                        nominationId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    public List<String> members(long nominationId) {
        return jdbc.queryForList(
                "select expert_id from panel_member where nomination_id = ? and active = true order by leader desc, assigned_at, expert_id",
                String.class,
                nominationId);
    }

    /** The active members of every panel of a cycle, by nomination, each in the order of {@link #members}. */
    Map<Long, List<String>> membersByCycle(String cycleId) {
        Map<Long, List<String>> members = new HashMap<>();
        jdbc.query(
                "select p.nomination_id, p.expert_id from panel_member p join nomination n on n.id = p.nomination_id"
                        + " where n.cycle_id = ? and p.active = true order by p.nomination_id, p.leader desc, p.assigned_at, p.expert_id",
                rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                },
                cycleId);
        return members;
    }

    /** Everyone who ever sat on the panel, active or not: none of them is picked again. */
    List<String> everyone(long nominationId) {
        return jdbc.queryForList(
                "select expert_id from panel_member where nomination_id = ?", String.class, nominationId);
    }

    boolean isMember(long nominationId, String expertId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from panel_member where nomination_id = ? and expert_id = ? and active = true",
                Integer.class,
                nominationId,
                expertId);
        return count != null && count > 0;
    }

    Map<String, Integer> loadByExpert() {
        Map<String, Integer> load = new HashMap<>();
        jdbc.query(
                "select expert_id, count(*) as seats from panel_member where active = true group by expert_id", rs -> {
                    load.put(rs.getString("expert_id"), rs.getInt("seats"));
                });
        return load;
    }
}
