package cn.wuhan.qualityaward.panel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

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

  public List<String> members(long nominationId) {
    return jdbc.queryForList(
        "select expert_id from panel_member where nomination_id = ? order by leader desc, expert_id",
        String.class,
        nominationId);
  }

  boolean isMember(long nominationId, String expertId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from panel_member where nomination_id = ? and expert_id = ?",
            Integer.class,
            nominationId,
            expertId);
    return count != null && count > 0;
  }

  Map<String, Integer> loadByExpert() {
    Map<String, Integer> load = new HashMap<>();
    jdbc.query(
        "select expert_id, count(*) as assigned from panel_member group by expert_id",
        rs -> {
          load.put(rs.getString("expert_id"), rs.getInt("assigned"));
        });
    return load;
  }
}
