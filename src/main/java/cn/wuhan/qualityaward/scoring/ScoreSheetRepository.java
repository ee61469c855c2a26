package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ScoreSheetRepository {

  private final JdbcTemplate jdbc;

  public ScoreSheetRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(ScoreSheet sheet) {
    jdbc.update(
        "insert into score_sheet (nomination_id, expert_id, track, total, expert_comment, submitted_at)"
            + " values (?, ?, ?, ?, ?, ?)",
        sheet.nominationId(),
        sheet.expertId(),
        sheet.track(),
        sheet.total(),
        sheet.comment(),
        Timestamp.from(sheet.submittedAt()));
    sheet.items()
        .forEach(
            (item, points) ->
                jdbc.update(
                    "insert into score_item (nomination_id, expert_id, item_id, points) values (?, ?, ?, ?)",
                    sheet.nominationId(),
                    sheet.expertId(),
                    item,
                    points));
  }

  boolean exists(long nominationId, String expertId) {
    Integer count =
        jdbc.queryForObject(
            "select count(*) from score_sheet where nomination_id = ? and expert_id = ?",
            Integer.class,
            nominationId,
            expertId);
    return count != null && count > 0;
  }

  public List<ScoreSheet> findByNomination(long nominationId) {
    return jdbc.query(
        "select * from score_sheet where nomination_id = ? order by submitted_at, expert_id",
        (rs, row) ->
            new ScoreSheet(
                nominationId,
                rs.getString("expert_id"),
                rs.getString("track"),
                items(nominationId, rs.getString("expert_id")),
                rs.getString("expert_comment"),
                rs.getTimestamp("submitted_at").toInstant()),
        nominationId);
  }

  private Map<String, BigDecimal> items(long nominationId, String expertId) {
    Map<String, BigDecimal> items = new LinkedHashMap<>();
    jdbc.query(
        "select item_id, points from score_item where nomination_id = ? and expert_id = ? order by item_id",
        rs -> {
          items.put(rs.getString("item_id"), rs.getBigDecimal("points").stripTrailingZeros());
        },
        nominationId,
        expertId);
    return items;
  }
}
