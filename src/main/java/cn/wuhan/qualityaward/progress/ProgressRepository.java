package cn.wuhan.qualityaward.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads, never writes, the award's tables for the 评选进度 page. Score sheets are read only as
 * "this expert has a counted sheet for this nomination", never their points.
 */
@Repository
class ProgressRepository {

    /** One nomination of the cycle as the page lists it. */
    record NominationRow(long id, String referenceNo, String nomineeName, String track, String status) {}

    /** One active seat on a panel, and whether its expert has a sheet that counts. */
    record SeatRow(long nominationId, String expertId, boolean sheetCounted) {}

    /** One objection of the cycle. */
    record ObjectionRow(long id, long nominationId, String status, Instant filedAt) {}

    private final JdbcTemplate jdbc;

    ProgressRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<NominationRow> nominations(String cycleId) {
        return jdbc.query(
                "select id, reference_no, nominee_name, track, status from nomination where cycle_id = ? order by id",
                (rs, i) -> new NominationRow(
                        rs.getLong("id"),
                        rs.getString("reference_no"),
                        rs.getString("nominee_name"),
                        rs.getString("track"),
                        rs.getString("status")),
                cycleId);
    }

    List<SeatRow> activeSeats(String cycleId) {
        return jdbc.query(
                """
        select p.nomination_id, p.expert_id,
               (select count(*) from score_sheet s
                 where s.nomination_id = p.nomination_id and s.expert_id = p.expert_id and s.superseded = false) as sheets
          from panel_member p join nomination n on n.id = p.nomination_id
         where n.cycle_id = ? and p.active = true
         order by p.expert_id, p.nomination_id
        """,
                (rs, i) -> new SeatRow(rs.getLong("nomination_id"), rs.getString("expert_id"), rs.getInt("sheets") > 0),
                cycleId);
    }

    List<ObjectionRow> objections(String cycleId) {
        return jdbc.query(
                "select id, nomination_id, status, filed_at from objection where cycle_id = ? order by id",
                (rs, i) -> new ObjectionRow(
                        rs.getLong("id"),
                        rs.getLong("nomination_id"),
                        rs.getString("status"),
                        instant(rs.getTimestamp("filed_at"))),
                cycleId);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
