package cn.wuhan.qualityaward.nomination.document;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    List<NominationDocument> findByNomination(long nominationId) {
        return jdbc.query(
                "select " + METADATA + " from nomination_document where nomination_id = ? order by id",
                this::map,
                nominationId);
    }

    Optional<DocumentContent> findContent(long nominationId, long documentId) {
        return jdbc
                .query(
                        "select " + METADATA + ", content from nomination_document where nomination_id = ? and id = ?",
                        (rs, row) -> new DocumentContent(map(rs, row), rs.getBytes("content")),
                        nominationId,
                        documentId)
                .stream()
                .findFirst();
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
