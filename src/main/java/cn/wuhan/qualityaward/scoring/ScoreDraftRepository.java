package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Score drafts (score_draft, score_draft_item), one per seat. */
@Repository
public class ScoreDraftRepository {

    private final JdbcTemplate jdbc;

    public ScoreDraftRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ScoreDraft> find(long nominationId, String expertId) {
        return jdbc
                .query(
                        "select expert_comment, saved_at from score_draft where nomination_id = ? and expert_id = ?",
                        (rs, row) -> new ScoreDraft(
                                nominationId,
                                expertId,
                                items(nominationId, expertId),
                                rs.getString("expert_comment"),
                                rs.getTimestamp("saved_at").toInstant()),
                        nominationId,
                        expertId)
                .stream()
                .findFirst();
    }

    /**
     * Locks the expert's active seat (panel_member) until the transaction ends; false when the expert
     * holds no active seat on the nomination.
     */
    boolean lockSeat(long nominationId, String expertId) {
        List<String> seat = jdbc.queryForList(
                "select expert_id from panel_member where nomination_id = ? and expert_id = ? and active = true for update",
                String.class,
                nominationId,
                expertId);
        return !seat.isEmpty();
    }

    void insert(ScoreDraft draft) {
        jdbc.update(
                "insert into score_draft (nomination_id, expert_id, expert_comment, saved_at) values (?, ?, ?, ?)",
                draft.nominationId(),
                draft.expertId(),
                draft.comment(),
                Timestamp.from(draft.savedAt()));
        draft.items()
                .forEach((item, points) -> jdbc.update(
                        "insert into score_draft_item (nomination_id, expert_id, item_id, points) values (?, ?, ?, ?)",
                        draft.nominationId(),
                        draft.expertId(),
                        item,
                        points));
    }

    void delete(long nominationId, String expertId) {
        jdbc.update("delete from score_draft_item where nomination_id = ? and expert_id = ?", nominationId, expertId);
        jdbc.update("delete from score_draft where nomination_id = ? and expert_id = ?", nominationId, expertId);
    }

    /** Every draft of a nomination, e.g. when its scoring closes. */
    void deleteAll(long nominationId) {
        jdbc.update("delete from score_draft_item where nomination_id = ?", nominationId);
        jdbc.update("delete from score_draft where nomination_id = ?", nominationId);
    }

    private Map<String, BigDecimal> items(long nominationId, String expertId) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        jdbc.query(
                "select item_id, points from score_draft_item where nomination_id = ? and expert_id = ? order by item_id",
                rs -> {
                    items.put(
                            rs.getString("item_id"), rs.getBigDecimal("points").stripTrailingZeros());
                },
                nominationId,
                expertId);
        return items;
    }
}
