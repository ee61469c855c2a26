package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.common.CanonicalText;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Repository;

@Repository
public class NominationRepository {

    /**
     * Fields of the 申报表 stored otherwise: the ID number as a keyed hash and its last four characters,
     * the declaration not at all (no filing is stored without it), the claimed conditions in their table.
     */
    private static final Set<String> NOT_COLUMNS =
            Set.of("idNumber", "materialsDeclaredTrue", NominationRequest.CLAIMED_CONDITIONS);

    /** The filing's own columns, then those the register step computes. */
    private static final List<String> INSERTED = Stream.concat(
                    NominationRequest.fieldNames().stream()
                            .filter(field -> !NOT_COLUMNS.contains(field))
                            .map(NominationRepository::column),
                    Stream.of(
                            "person_key",
                            "id_number_hash",
                            "id_number_last4",
                            "status",
                            "created_at",
                            "name_key",
                            "organization_key"))
            .toList();

    private final JdbcTemplate jdbc;
    private final SimpleJdbcInsert insert;

    public NominationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.insert = new SimpleJdbcInsert(jdbc)
                .withTableName("nomination")
                .usingColumns(INSERTED.toArray(String[]::new))
                .usingGeneratedKeyColumns("id");
    }

    /**
     * Stores a filing: each field of the 申报表 in the column of its name in snake case, text less outer
     * blanks ({@link CanonicalText#trim}), except the fields with no column of that name ({@link
     * #NOT_COLUMNS}). {@code idNumberHash} and {@code idNumberLastFour} are null when the filing has no ID
     * number. Returns the new id.
     */
    long insert(NominationRequest r, String personKey, String idNumberHash, String idNumberLastFour, Instant at) {
        Map<String, Object> row = new LinkedHashMap<>();
        r.fields().forEach((field, value) -> {
            if (!NOT_COLUMNS.contains(field)) {
                row.put(column(field), value instanceof String text ? CanonicalText.trim(text) : value);
            }
        });
        row.put("person_key", personKey);
        row.put("id_number_hash", idNumberHash);
        row.put("id_number_last4", idNumberLastFour);
        row.put("status", NominationStatus.RECEIVED.name());
        row.put("created_at", Timestamp.from(at));
        row.put("name_key", CanonicalText.key(r.nomineeName()));
        row.put("organization_key", CanonicalText.key(r.organization()));
        return insert.executeAndReturnKey(row).longValue();
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

    public Optional<Nomination> findByReferenceNo(String referenceNo) {
        return jdbc.query("select * from nomination where reference_no = ?", this::map, referenceNo).stream()
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

    /** A filing as stored: the ID number only as its hash (null here), the declaration as it was made. */
    private NominationRequest mapRequest(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Map<String, Object> stored = new HashMap<>();
        for (String field : NominationRequest.fieldNames()) {
            if (!NOT_COLUMNS.contains(field)) {
                stored.put(field, rs.getObject(column(field)));
            }
        }
        stored.put("materialsDeclaredTrue", true); // no filing is stored without it
        stored.put(NominationRequest.CLAIMED_CONDITIONS, findClaims(id));
        return NominationRequest.from((field, type) ->
                type == Integer.class && stored.get(field) instanceof Number n ? n.intValue() : stored.get(field));
    }

    /** A field's column: {@code nomineeName} is {@code nominee_name}. */
    private static String column(String field) {
        return field.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }
}
