package cn.wuhan.qualityaward.notice;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ObjectionRepository {

    private final JdbcTemplate jdbc;

    public ObjectionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ObjectionRequest r, long nominationId, String filedBy, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "insert into objection (cycle_id, nomination_id, objector_name, objector_contact, grounds, status,"
                                    + " filed_by, filed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setString(1, r.cycleId());
                    ps.setLong(2, nominationId);
                    ps.setString(3, r.objectorName().strip());
                    ps.setString(4, r.objectorContact().strip());
                    ps.setString(5, r.grounds().strip());
                    ps.setString(6, ObjectionStatus.OPEN.name());
                    ps.setString(7, filedBy);
                    ps.setTimestamp(8, Timestamp.from(at));
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    /** Records the office's finding on an objection still under investigation; false when it is not. */
    boolean recordFinding(long id, String finding) {
        return jdbc.update(
                        "update objection set finding = ?, status = 'INVESTIGATED' where id = ? and status = 'OPEN'",
                        finding,
                        id)
                == 1;
    }

    /**
     * Records the committee's ruling on an investigated objection. A ruling already recorded is never
     * overwritten: the update only moves an objection from INVESTIGATED to a decided state.
     *
     * @throws IllegalStateException when the objection is not (or no longer) waiting for a ruling
     */
    void decide(long id, ObjectionStatus status, String reason) {
        if (status != ObjectionStatus.UPHELD && status != ObjectionStatus.DISMISSED) {
            throw new IllegalArgumentException("a ruling upholds or dismisses, not " + status);
        }
        int updated = jdbc.update(
                "update objection set status = ?, decision_reason = ? where id = ? and status = 'INVESTIGATED'",
                status.name(),
                reason,
                id);
        if (updated != 1) {
            throw new IllegalStateException("objection " + id + " is not waiting for a ruling");
        }
    }

    /** What the committee reads before it votes: the objection's grounds and the office's finding. */
    ObjectionUnderVote underVote(long id) {
        return jdbc.queryForObject(
                "select nomination_id, grounds, finding from objection where id = ?",
                (rs, row) -> new ObjectionUnderVote(
                        rs.getLong("nomination_id"), null, rs.getString("grounds"), rs.getString("finding")),
                id);
    }

    ObjectionStatus statusOf(long id) {
        return ObjectionStatus.valueOf(
                jdbc.queryForObject("select status from objection where id = ?", String.class, id));
    }

    long nominationOf(long id) {
        return jdbc.queryForObject("select nomination_id from objection where id = ?", Long.class, id);
    }

    String cycleOf(long id) {
        return jdbc.queryForObject("select cycle_id from objection where id = ?", String.class, id);
    }

    int openIn(String cycleId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from objection where cycle_id = ? and status in ('OPEN', 'INVESTIGATED')",
                Integer.class,
                cycleId);
        return count == null ? 0 : count;
    }

    ObjectionOutcome outcome(long id) {
        return jdbc.queryForObject(
                "select nomination_id, filed_by, objector_name, status, decision_reason from objection where id = ?",
                (rs, row) -> new ObjectionOutcome(
                        rs.getLong("nomination_id"),
                        rs.getString("filed_by"),
                        rs.getString("objector_name"),
                        ObjectionStatus.valueOf(rs.getString("status")),
                        rs.getString("decision_reason")),
                id);
    }
}
