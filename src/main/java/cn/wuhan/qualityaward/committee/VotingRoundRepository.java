package cn.wuhan.qualityaward.committee;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The open round of a cycle's vote: its members and its candidates, fixed when voting opened. */
@Repository
public class VotingRoundRepository {

    private final JdbcTemplate jdbc;

    public VotingRoundRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the cycle's round. */
    void open(String cycleId, List<String> members, List<Candidate> candidates) {
        jdbc.update("delete from voting_round_member where cycle_id = ?", cycleId);
        jdbc.update("delete from voting_round_candidate where cycle_id = ?", cycleId);
        jdbc.batchUpdate(
                "insert into voting_round_member (cycle_id, member_id) values (?, ?)",
                members.stream().map(m -> new Object[] {cycleId, m}).toList());
        jdbc.batchUpdate(
                "insert into voting_round_candidate (cycle_id, nomination_id, list_order, label) values (?, ?, ?, ?)",
                candidates.stream()
                        .map(c -> new Object[] {cycleId, c.nominationId(), candidates.indexOf(c), c.label()})
                        .toList());
    }

    List<String> members(String cycleId) {
        return jdbc.queryForList(
                "select member_id from voting_round_member where cycle_id = ? order by member_id",
                String.class,
                cycleId);
    }

    List<Candidate> candidates(String cycleId) {
        return jdbc.query(
                "select nomination_id, label from voting_round_candidate where cycle_id = ? order by list_order",
                (rs, row) -> new Candidate(rs.getLong(1), rs.getString(2)),
                cycleId);
    }

    /** A candidate on the ballot, as the members read it. */
    public record Candidate(long nominationId, String label) {}
}
