package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tables of migration V10: {@code criteria_version}, {@code cycle_criteria} and {@code
 * cycle_form}. Content is only ever updated where the version is still a draft, so a published
 * version cannot change through this class, whoever calls it.
 */
@Repository
public class CriteriaRepository {

    /** The rubric as stored: the structure of rubric.json, without null fields. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private static final String COLUMNS = "id, label, status, created_by, created_at, published_by, published_at";

    private final JdbcTemplate jdbc;

    CriteriaRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version, the newest (highest number) first. */
    public List<CriteriaSummary> all() {
        return jdbc.query("select " + COLUMNS + " from criteria_version order by id desc", (rs, i) -> summary(rs));
    }

    /** The published versions a new cycle may be pinned to, the newest first. */
    public List<CriteriaSummary> published() {
        return jdbc.query(
                "select " + COLUMNS + " from criteria_version where status = 'PUBLISHED' order by id desc",
                (rs, i) -> summary(rs));
    }

    public Optional<CriteriaVersion> find(long id) {
        return jdbc
                .query(
                        "select " + COLUMNS + ", rubric_json from criteria_version where id = ?",
                        (rs, i) -> {
                            CriteriaSummary s = summary(rs);
                            return new CriteriaVersion(
                                    s.id(),
                                    s.label(),
                                    s.status(),
                                    s.createdBy(),
                                    s.createdAt(),
                                    s.publishedBy(),
                                    s.publishedAt(),
                                    fromJson(rs.getString("rubric_json")));
                        },
                        id)
                .stream()
                .findFirst();
    }

    boolean isEmpty() {
        return jdbc.queryForObject("select count(*) from criteria_version", Integer.class) == 0;
    }

    /** The number the next version gets; two inserts racing for it collide on the primary key. */
    long nextId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) + 1 from criteria_version", Long.class);
    }

    void insert(CriteriaVersion version) {
        jdbc.update(
                "insert into criteria_version (" + COLUMNS + ", rubric_json) values (?, ?, ?, ?, ?, ?, ?, ?)",
                version.id(),
                version.label(),
                version.status().name(),
                version.createdBy(),
                timestamp(version.createdAt()),
                version.publishedBy(),
                timestamp(version.publishedAt()),
                toJson(version.rubric()));
    }

    /** Replaces a draft's label and rubric; false when the version is not (or no longer) a draft. */
    boolean replaceDraft(long id, String label, Rubric rubric) {
        return jdbc.update(
                        "update criteria_version set label = ?, rubric_json = ? where id = ? and status = 'DRAFT'",
                        label,
                        toJson(rubric),
                        id)
                == 1;
    }

    /** Publishes a draft; false when the version is not (or no longer) a draft. */
    boolean publish(long id, String publishedBy, Instant at) {
        return jdbc.update(
                        "update criteria_version set status = 'PUBLISHED', published_by = ?, published_at = ?"
                                + " where id = ? and status = 'DRAFT'",
                        publishedBy,
                        timestamp(at),
                        id)
                == 1;
    }

    /** Retires a published version; false when it is not (or no longer) published. */
    boolean retire(long id) {
        return jdbc.update("update criteria_version set status = 'RETIRED' where id = ? and status = 'PUBLISHED'", id)
                == 1;
    }

    void pin(String cycleId, long versionId) {
        jdbc.update("insert into cycle_criteria (cycle_id, criteria_version_id) values (?, ?)", cycleId, versionId);
    }

    public Optional<Long> pinnedVersion(String cycleId) {
        return jdbc
                .queryForList("select criteria_version_id from cycle_criteria where cycle_id = ?", Long.class, cycleId)
                .stream()
                .findFirst();
    }

    /** The cycle's version, its pin held until the transaction ends (select for update). */
    Optional<Long> lockPin(String cycleId) {
        return jdbc
                .queryForList(
                        "select criteria_version_id from cycle_criteria where cycle_id = ? for update",
                        Long.class,
                        cycleId)
                .stream()
                .findFirst();
    }

    /** Pins every cycle not pinned yet to {@code versionId}: the cycles that existed before versions did. */
    int pinUnpinnedCycles(long versionId) {
        return jdbc.update(
                "insert into cycle_criteria (cycle_id, criteria_version_id)"
                        + " select id, ? from award_cycle where id not in (select cycle_id from cycle_criteria)",
                versionId);
    }

    /** Records the version of a score form deployed for a cycle (form key such as score-staff). */
    public void recordForm(String cycleId, String formKey, int formVersion) {
        jdbc.update(
                "insert into cycle_form (cycle_id, form_key, form_version) values (?, ?, ?)",
                cycleId,
                formKey,
                formVersion);
    }

    public Optional<Integer> formVersion(String cycleId, String formKey) {
        return jdbc
                .queryForList(
                        "select form_version from cycle_form where cycle_id = ? and form_key = ?",
                        Integer.class,
                        cycleId,
                        formKey)
                .stream()
                .findFirst();
    }

    static String toJson(Rubric rubric) {
        try {
            return JSON.writeValueAsString(rubric);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a rubric as JSON", e);
        }
    }

    static Rubric fromJson(String json) {
        try {
            return JSON.readValue(json, Rubric.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored criteria version is not a rubric", e);
        }
    }

    private static CriteriaSummary summary(ResultSet rs) throws SQLException {
        CriteriaStatus status = CriteriaStatus.valueOf(rs.getString("status"));
        return new CriteriaSummary(
                rs.getLong("id"),
                rs.getString("label"),
                status,
                status.label(),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("published_by"),
                instant(rs.getTimestamp("published_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
