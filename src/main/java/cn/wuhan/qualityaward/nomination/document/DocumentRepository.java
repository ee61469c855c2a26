package cn.wuhan.qualityaward.nomination.document;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class DocumentRepository {

    private static final String METADATA =
            "id, nomination_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at";

    private final JdbcTemplate jdbc;

    public DocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NominationDocument d, byte[] content) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "insert into nomination_document (nomination_id, file_name, content_type, size_bytes, sha256,"
                                    + " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setLong(1, d.nominationId());
                    ps.setString(2, d.fileName());
                    ps.setString(3, d.contentType());
                    ps.setLong(4, d.sizeBytes());
                    ps.setString(5, d.sha256());
                    ps.setBytes(6, content);
                    ps.setString(7, d.uploadedBy());
                    ps.setTimestamp(8, Timestamp.from(d.uploadedAt()));
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    /** The nomination's materials in force: those not deleted. */
    List<NominationDocument> findByNomination(long nominationId) {
        return jdbc.query(
                "select " + METADATA + " from nomination_document where nomination_id = ? and deleted_at is null"
                        + " order by id",
                this::map,
                nominationId);
    }

    /** The nomination's deleted materials, kept on record, in the order they were uploaded. */
    List<DeletedDocument> findDeletedByNomination(long nominationId) {
        return jdbc.query(
                "select " + METADATA + ", deleted_by, deleted_at from nomination_document"
                        + " where nomination_id = ? and deleted_at is not null order by id",
                (rs, row) -> new DeletedDocument(
                        map(rs, row),
                        rs.getString("deleted_by"),
                        rs.getTimestamp("deleted_at").toInstant()),
                nominationId);
    }

    Optional<DocumentContent> findContent(long nominationId, long documentId, boolean includingDeleted) {
        return jdbc
                .query(
                        "select " + METADATA + ", content from nomination_document where nomination_id = ? and id = ?"
                                + (includingDeleted ? "" : " and deleted_at is null"),
                        (rs, row) -> new DocumentContent(map(rs, row), rs.getBytes("content")),
                        nominationId,
                        documentId)
                .stream()
                .findFirst();
    }

    /** Marks a document in force as deleted; whether there was one to mark. */
    boolean markDeleted(long nominationId, long documentId, String deletedBy, Instant at) {
        return jdbc.update(
                        "update nomination_document set deleted_at = ?, deleted_by = ?"
                                + " where nomination_id = ? and id = ? and deleted_at is null",
                        Timestamp.from(at),
                        deletedBy,
                        nominationId,
                        documentId)
                == 1;
    }

    private NominationDocument map(ResultSet rs, int row) throws SQLException {
        return new NominationDocument(
                rs.getLong("id"),
                rs.getLong("nomination_id"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
