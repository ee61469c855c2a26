package cn.wuhan.qualityaward.publicnotice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class PublicObjectionRepository {

    /** Marks an objection row filed without an account; the engine's start had no user to name. */
    static final String FILED_BY_PUBLIC = "public";

    private final JdbcTemplate jdbc;

    PublicObjectionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long nominationId, String idHash) {
        Integer count = jdbc.queryForObject(
                "select count(*) from public_objection where nomination_id = ? and objector_id_hash = ?",
                Integer.class,
                nominationId,
                idHash);
        return count != null && count > 0;
    }

    void insert(long objectionId, String receipt, PublicObjectionService.Checked c) {
        jdbc.update(
                "insert into public_objection (objection_id, receipt_code, nomination_id, objector_id_hash, objector_id_last4,"
                        + " objector_phone, objector_email, truth_declared) values (?, ?, ?, ?, ?, ?, ?, ?)",
                objectionId,
                receipt,
                c.nominationId(),
                c.idHash(),
                c.idLast4(),
                c.phone(),
                c.email(),
                true);
        jdbc.update("update objection set filed_by = ? where id = ?", FILED_BY_PUBLIC, objectionId);
    }

    void insertEvidence(long objectionId, PublicObjectionService.CheckedFile f, Instant at) {
        jdbc.update(
                "insert into public_objection_evidence (objection_id, file_name, content_type, size_bytes, sha256, content,"
                        + " uploaded_at) values (?, ?, ?, ?, ?, ?, ?)",
                objectionId,
                f.name(),
                f.contentType(),
                f.content().length,
                f.sha256(),
                f.content(),
                Timestamp.from(at));
    }

    int evidenceCount(long objectionId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from public_objection_evidence where objection_id = ?", Integer.class, objectionId);
        return count == null ? 0 : count;
    }

    record Row(String cycleId, String reference, String status, boolean investigated, Instant filedAt) {}

    Optional<Row> byReceipt(String receipt) {
        List<Row> rows = jdbc.query(
                "select o.cycle_id, n.reference_no, o.status, o.finding, o.filed_at from public_objection p"
                        + " join objection o on o.id = p.objection_id join nomination n on n.id = p.nomination_id"
                        + " where p.receipt_code = ?",
                (rs, i) -> new Row(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4) != null,
                        rs.getTimestamp(5).toInstant()),
                receipt);
        return rows.stream().findFirst();
    }

    record Filing(String receipt, String phone, String email, String idLast4) {}

    Optional<Filing> filing(long objectionId) {
        return jdbc
                .query(
                        "select receipt_code, objector_phone, objector_email, objector_id_last4 from public_objection where objection_id = ?",
                        (rs, i) -> new Filing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        objectionId)
                .stream()
                .findFirst();
    }

    List<PublicObjectionService.Evidence> evidence(long objectionId) {
        return jdbc.query(
                "select id, file_name, content_type, size_bytes from public_objection_evidence where objection_id = ? order by id",
                (rs, i) -> new PublicObjectionService.Evidence(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)),
                objectionId);
    }

    Optional<byte[]> evidenceContent(long objectionId, long evidenceId) {
        return jdbc
                .query(
                        "select content from public_objection_evidence where objection_id = ? and id = ?",
                        (rs, i) -> rs.getBytes(1),
                        objectionId,
                        evidenceId)
                .stream()
                .findFirst();
    }
}
