package cn.wuhan.qualityaward.committee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class BallotRepository {

    private final JdbcTemplate jdbc;

    public BallotRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void attend(String cycleId, String member, Instant at) {
        jdbc.update(
                "insert into committee_attendance (cycle_id, member_id, cast_at) values (?, ?, ?)",
                cycleId,
                member,
                Timestamp.from(at));
    }

    void insert(String cycleId, String member, long nominationId, Vote vote, Instant at) {
        jdbc.update(
                "insert into committee_ballot (cycle_id, member_id, nomination_id, vote, cast_at) values (?, ?, ?, ?, ?)",
                cycleId,
                member,
                nominationId,
                vote.name(),
                Timestamp.from(at));
    }

    boolean hasVoted(String cycleId, String member) {
        Integer count = jdbc.queryForObject(
                "select count(*) from committee_attendance where cycle_id = ? and member_id = ?",
                Integer.class,
                cycleId,
                member);
        return count != null && count > 0;
    }

    Map<String, Map<Long, Vote>> byMember(String cycleId) {
        Map<String, Map<Long, Vote>> ballots = new HashMap<>();
        jdbc.query(
                "select member_id from committee_attendance where cycle_id = ?",
                rs -> {
                    ballots.put(rs.getString(1), new HashMap<>());
                },
                cycleId);
        jdbc.query(
                "select member_id, nomination_id, vote from committee_ballot where cycle_id = ?",
                rs -> {
                    ballots.computeIfAbsent(rs.getString(1), m -> new HashMap<>())
                            .put(rs.getLong(2), Vote.valueOf(rs.getString(3)));
                },
                cycleId);
        return ballots;
    }

    void clear(String cycleId) {
        jdbc.update("delete from committee_ballot where cycle_id = ?", cycleId);
        jdbc.update("delete from committee_attendance where cycle_id = ?", cycleId);
    }
}
