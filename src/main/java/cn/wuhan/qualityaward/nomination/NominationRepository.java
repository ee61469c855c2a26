package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.common.CanonicalText;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class NominationRepository {

    private final JdbcTemplate jdbc;

    public NominationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code idNumberHash} and {@code idNumberLastFour} are null when the filing has no ID number. */
    long insert(NominationRequest r, String personKey, String idNumberHash, String idNumberLastFour, Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "insert into nomination (cycle_id, person_key, nominee_name, id_number_hash, id_number_last4, organization,"
                                    + " position, position_level, recommending_unit, recommending_opinion, summary,"
                                    + " quality_work_years, major_incident_year, illegal_conduct_year, bad_credit_year,"
                                    + " award_fraud_year, last_award_year, status, created_at, name_key, organization_key)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    int i = 1;
                    ps.setString(i++, r.cycleId());
                    ps.setString(i++, personKey);
                    ps.setString(i++, CanonicalText.trim(r.nomineeName()));
                    ps.setString(i++, idNumberHash);
                    ps.setString(i++, idNumberLastFour);
                    ps.setString(i++, CanonicalText.trim(r.organization()));
                    ps.setString(i++, CanonicalText.trim(r.position()));
                    ps.setString(i++, r.positionLevel());
                    ps.setString(i++, CanonicalText.trim(r.recommendingUnit()));
                    ps.setString(i++, CanonicalText.trim(r.recommendingOpinion()));
                    ps.setString(i++, CanonicalText.trim(r.summary()));
                    ps.setInt(i++, r.qualityWorkYears());
                    setYear(ps, i++, r.majorIncidentYear());
                    setYear(ps, i++, r.illegalConductYear());
                    setYear(ps, i++, r.badCreditYear());
                    setYear(ps, i++, r.awardFraudYear());
                    setYear(ps, i++, r.lastAwardYear());
                    ps.setString(i++, NominationStatus.RECEIVED.name());
                    ps.setTimestamp(i++, Timestamp.from(at));
                    ps.setString(i++, CanonicalText.key(r.nomineeName()));
                    ps.setString(i, CanonicalText.key(r.organization()));
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    void insertClaims(long id, List<ClaimedCondition> claims) {
        for (ClaimedCondition claim : claims) {
            jdbc.update(
                    "insert into claimed_condition (nomination_id, condition_id, justification) values (?, ?, ?)",
                    id,
                    claim.conditionId(),
                    claim.justification().trim());
        }
    }

    public List<ClaimedCondition> findClaims(long id) {
        return jdbc.query(
                "select condition_id, justification from claimed_condition where nomination_id = ? order by condition_id",
                (rs, row) -> new ClaimedCondition(rs.getString(1), rs.getString(2)),
                id);
    }

    void assignReferenceNo(long id, String referenceNo) {
        jdbc.update("update nomination set reference_no = ? where id = ?", referenceNo, id);
    }

    boolean existsInCycle(String cycleId, String personKey) {
        Integer count = jdbc.queryForObject(
                "select count(*) from nomination where cycle_id = ? and person_key = ?",
                Integer.class,
                cycleId,
                personKey);
        return count != null && count > 0;
    }

    /**
     * The same name at the same organisation, compared by their {@link CanonicalText#key keys}, where
     * one of the two filings has no ID number (with two different ID numbers they are two people).
     */
    boolean existsByNameInCycle(String cycleId, String nameKey, String organizationKey, String idNumber) {
        String sql = "select count(*) from nomination where cycle_id = ? and name_key = ? and organization_key = ?"
                + (idNumber == null ? "" : " and id_number_hash is null");
        Integer count = jdbc.queryForObject(sql, Integer.class, cycleId, nameKey, organizationKey);
        return count != null && count > 0;
    }

    /** The last four characters of the nominee's ID number; empty when none was filed. */
    Optional<String> findIdNumberLastFour(long id) {
        return jdbc
                .query("select id_number_last4 from nomination where id = ?", (rs, row) -> rs.getString(1), id)
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    public Optional<Nomination> find(long id) {
        return jdbc.query("select * from nomination where id = ?", this::map, id).stream()
                .findFirst();
    }

    Optional<NominationRequest> findRequest(long id) {
        return jdbc.query("select * from nomination where id = ?", this::mapRequest, id).stream()
                .findFirst();
    }

    public List<Nomination> findByCycle(String cycleId) {
        return jdbc.query("select * from nomination where cycle_id = ? order by id", this::map, cycleId);
    }

    public List<Nomination> findByCycleAndStatus(String cycleId, Collection<NominationStatus> statuses) {
        String in = statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        return jdbc.query(
                "select * from nomination where cycle_id = ? and status in (" + in + ") order by id",
                this::map,
                cycleId);
    }

    void updateStatus(long id, NominationStatus status) {
        jdbc.update("update nomination set status = ? where id = ?", status.name(), id);
    }

    /** Changes the status only while it is one of {@code from}; returns whether it did. */
    boolean updateStatusIfIn(long id, NominationStatus status, Collection<NominationStatus> from) {
        String in = from.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        return jdbc.update(
                        "update nomination set status = ? where id = ? and status in (" + in + ")", status.name(), id)
                == 1;
    }

    void updateTrack(long id, Track track, Track referenceTrack) {
        jdbc.update(
                "update nomination set track = ?, reference_track = ? where id = ?",
                track.name(),
                referenceTrack == null ? null : referenceTrack.name(),
                id);
    }

    void updateFinalScore(long id, BigDecimal score) {
        jdbc.update("update nomination set final_score = ? where id = ?", score, id);
    }

    void insertDecision(long id, String stage, String decision, String reason, String actor, Instant at) {
        jdbc.update(
                "insert into nomination_decision (nomination_id, stage, decision, reason, actor, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                id,
                stage,
                decision,
                reason,
                actor,
                Timestamp.from(at));
    }

    public List<NominationDecision> findDecisions(long id) {
        return jdbc.query(
                "select * from nomination_decision where nomination_id = ? order by id",
                (rs, row) -> new NominationDecision(
                        rs.getString("stage"),
                        rs.getString("decision"),
                        rs.getString("reason"),
                        rs.getString("actor"),
                        rs.getTimestamp("decided_at").toInstant()),
                id);
    }

    private Nomination map(ResultSet rs, int row) throws SQLException {
        return new Nomination(
                rs.getLong("id"),
                rs.getString("cycle_id"),
                rs.getString("reference_no"),
                rs.getString("nominee_name"),
                rs.getString("organization"),
                rs.getString("position"),
                rs.getString("recommending_unit"),
                rs.getString("summary"),
                Track.parse(rs.getString("track")).orElse(null),
                Track.parse(rs.getString("reference_track")).orElse(null),
                NominationStatus.valueOf(rs.getString("status")),
                rs.getBigDecimal("final_score"));
    }

    private NominationRequest mapRequest(ResultSet rs, int row) throws SQLException {
        return new NominationRequest(
                rs.getString("cycle_id"),
                rs.getString("nominee_name"),
                null, // kept only as a keyed hash, which no check needs back
                rs.getString("organization"),
                rs.getString("position"),
                rs.getString("position_level"),
                rs.getString("recommending_unit"),
                rs.getString("recommending_opinion"),
                rs.getString("summary"),
                rs.getInt("quality_work_years"),
                year(rs, "major_incident_year"),
                year(rs, "illegal_conduct_year"),
                year(rs, "bad_credit_year"),
                year(rs, "award_fraud_year"),
                year(rs, "last_award_year"),
                true,
                findClaims(rs.getLong("id")));
    }

    private static Integer year(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void setYear(PreparedStatement ps, int index, Integer year) throws SQLException {
        if (year == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, year);
        }
    }
}
