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

  long insert(ObjectionRequest r, String filedBy, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          PreparedStatement ps =
              con.prepareStatement(
                  "insert into objection (cycle_id, nomination_id, objector_name, objector_contact, grounds, status,"
                      + " filed_by, filed_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setString(1, r.cycleId());
          ps.setLong(2, r.nominationId());
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

  void recordFinding(long id, String finding) {
    jdbc.update("update objection set finding = ? where id = ?", finding, id);
  }

  void decide(long id, ObjectionStatus status, String reason) {
    jdbc.update("update objection set status = ?, decision_reason = ? where id = ?", status.name(), reason, id);
  }

  long nominationOf(long id) {
    return jdbc.queryForObject("select nomination_id from objection where id = ?", Long.class, id);
  }

  String cycleOf(long id) {
    return jdbc.queryForObject("select cycle_id from objection where id = ?", String.class, id);
  }

  int openIn(String cycleId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from objection where cycle_id = ? and status = 'OPEN'", Integer.class, cycleId);
    return count == null ? 0 : count;
  }

  ObjectionOutcome outcome(long id) {
    return jdbc.queryForObject(
        "select nomination_id, filed_by, objector_name, status, decision_reason from objection where id = ?",
        (rs, row) ->
            new ObjectionOutcome(
                rs.getLong("nomination_id"),
                rs.getString("filed_by"),
                rs.getString("objector_name"),
                ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("decision_reason")),
        id);
  }
}
