package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Score sheets and their items; "current" means not superseded by a re-score. */
@Repository
public class ScoreSheetRepository {

    private final JdbcTemplate jdbc;

    public ScoreSheetRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a sheet with its items, its {@code keySubtotal} (the points of its 关键要求 items) and
     * whether it has a half point, so that a cycle's ranking never reads the items again.
     */
    void insert(ScoreSheet sheet, BigDecimal keySubtotal) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "insert into score_sheet (nomination_id, expert_id, track, total, expert_comment, submitted_at,"
                                    + " key_subtotal, half_points) values (?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, sheet.nominationId());
                    ps.setString(2, sheet.expertId());
                    ps.setString(3, sheet.track());
                    ps.setBigDecimal(4, sheet.total());
                    ps.setString(5, sheet.comment());
                    ps.setTimestamp(6, Timestamp.from(sheet.submittedAt()));
                    ps.setBigDecimal(7, keySubtotal);
                    ps.setBoolean(8, sheet.hasHalfPoint());
                    return ps;
                },
                key);
        long sheetId = key.getKey().longValue();
        // one round trip for the sheet's items (about forty) instead of one each
        jdbc.batchUpdate(
                "insert into score_item (sheet_id, item_id, points) values (?, ?, ?)",
                sheet.items().entrySet().stream()
                        .map(item -> new Object[] {sheetId, item.getKey(), item.getValue()})
                        .toList());
    }

    boolean hasCurrent(long nominationId, String expertId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from score_sheet where nomination_id = ? and expert_id = ? and superseded = false",
                Integer.class,
                nominationId,
                expertId);
        return count != null && count > 0;
    }

    void supersede(long nominationId, String expertId) {
        jdbc.update(
                "update score_sheet set superseded = true where nomination_id = ? and expert_id = ? and superseded = false",
                nominationId,
                expertId);
    }

    /** The sheets that count, in the order they were submitted. */
    public List<ScoreSheet> findByNomination(long nominationId) {
        return find(nominationId, false);
    }

    /** The sheets a moderation sent back for re-scoring, kept for the record. */
    public List<ScoreSheet> findSupersededByNomination(long nominationId) {
        return find(nominationId, true);
    }

    private List<ScoreSheet> find(long nominationId, boolean superseded) {
        return jdbc.query(
                "select * from score_sheet where nomination_id = ? and superseded = ? order by submitted_at, id",
                (rs, row) -> new ScoreSheet(
                        nominationId,
                        rs.getString("expert_id"),
                        rs.getString("track"),
                        items(rs.getLong("id")),
                        rs.getString("expert_comment"),
                        rs.getTimestamp("submitted_at").toInstant()),
                nominationId,
                superseded);
    }

    /**
     * The totals of the sheets that count, for every nomination of a cycle, each list in the order of
     * {@link #findByNomination}, in one query. Each total is the stored one with the scale that
     * {@link ScoreSheet#total()} gives it: one decimal when an item has a half point, none otherwise.
     * The items are read only for sheets stored before V14, which lack {@code half_points}.
     */
    public Map<Long, List<ScoreSheetTotal>> totalsByCycle(String cycleId) {
        Map<Long, List<ScoreSheetTotal>> totals = new HashMap<>();
        jdbc.query(
                "select s.nomination_id, s.expert_id, s.total,"
                        + " case when s.half_points is null then (select max(case when i.points = floor(i.points)"
                        + " then 0 else 1 end) from score_item i where i.sheet_id = s.id)"
                        + " when s.half_points then 1 else 0 end as decimals"
                        + " from score_sheet s join nomination n on n.id = s.nomination_id"
                        + " where n.cycle_id = ? and s.superseded = false"
                        + " order by s.nomination_id, s.submitted_at, s.id",
                rs -> {
                    BigDecimal total = rs.getBigDecimal(3).setScale(rs.getInt(4), RoundingMode.UNNECESSARY);
                    totals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new ScoreSheetTotal(rs.getString(2), total));
                },
                cycleId);
        return totals;
    }

    private Map<String, BigDecimal> items(long sheetId) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        jdbc.query(
                "select item_id, points from score_item where sheet_id = ? order by item_id",
                rs -> {
                    items.put(
                            rs.getString("item_id"), rs.getBigDecimal("points").stripTrailingZeros());
                },
                sheetId);
        return items;
    }
}
