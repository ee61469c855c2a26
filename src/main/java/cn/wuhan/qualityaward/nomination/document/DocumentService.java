package cn.wuhan.qualityaward.nomination.document;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.nomination.NominationNotFound;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A nomination's materials. The office files them; the office and the experts holding an open seat
 * on the nomination (scoring or moderating it now) read them; nobody else does, and an expert's access
 * ends with their seat. A deleted document is kept on record (who deleted it, when, its content) and
 * is no longer part of the materials: only the office still reads it.
 */
@Service
public class DocumentService {

    private final DocumentRepository documents;
    private final NominationService nominations;
    private final OpenSeats seats;
    private final long maxBytes;
    private final Clock clock;

    public DocumentService(
            DocumentRepository documents,
            NominationService nominations,
            OpenSeats seats,
            AwardProperties properties,
            Clock clock) {
        this.documents = documents;
        this.nominations = nominations;
        this.seats = seats;
        this.maxBytes = properties.documents().maxBytes();
        this.clock = clock;
    }

    /** Whether this person may list and download the nomination's materials. */
    public boolean mayRead(long nominationId, String userId, boolean inOffice) {
        return inOffice || (userId != null && seats.holds(nominationId, userId));
    }

    @Transactional
    public NominationDocument upload(long nominationId, String originalName, byte[] content, String uploader) {
        nominations.get(nominationId);
        if (content.length == 0) {
            throw InvalidInputException.of("file", "FILE_EMPTY", "文件是空的");
        }
        if (content.length > maxBytes) {
            throw InvalidInputException.of("file", "FILE_TOO_LARGE", "文件大小超过" + (maxBytes / 1024 / 1024) + "MB的上限");
        }
        FileKind kind = FileKind.of(content)
                .orElseThrow(() ->
                        InvalidInputException.of("file", "UNSUPPORTED_FILE_TYPE", "只接受PDF、JPEG或PNG文件（按文件内容识别，与文件名无关）"));
        NominationDocument document = new NominationDocument(
                0,
                nominationId,
                FileNames.clean(originalName, kind),
                kind.contentType(),
                content.length,
                sha256(content),
                uploader,
                clock.instant());
        long id = documents.insert(document, content);
        return new NominationDocument(
                id,
                nominationId,
                document.fileName(),
                document.contentType(),
                document.sizeBytes(),
                document.sha256(),
                uploader,
                document.uploadedAt());
    }

    public List<NominationDocument> list(long nominationId) {
        nominations.get(nominationId);
        return documents.findByNomination(nominationId);
    }

    /** The largest file accepted, in bytes ({@code award.documents.max-bytes}). */
    public long maxBytes() {
        return maxBytes;
    }

    /** A document in force with its bytes; empty when there is none or it was deleted. */
    public Optional<DocumentContent> content(long nominationId, long documentId) {
        return documents.findContent(nominationId, documentId, false);
    }

    /** A document with its bytes, deleted or not: for the record, the office's alone. */
    public Optional<DocumentContent> contentOnRecord(long nominationId, long documentId) {
        return documents.findContent(nominationId, documentId, true);
    }

    /**
     * Takes a document out of the nomination's materials, keeping it on record with who deleted it and
     * when. The caller checks that the actor is the office.
     *
     * @return the deleted document; empty when the nomination has no such document in force (unknown,
     *     or deleted already), nothing changed
     * @throws NominationNotFound for an unknown nomination
     */
    @Transactional
    public Optional<NominationDocument> delete(long nominationId, long documentId, String actor) {
        nominations.get(nominationId);
        Optional<NominationDocument> document =
                documents.findContent(nominationId, documentId, false).map(DocumentContent::document);
        if (document.isPresent() && !documents.markDeleted(nominationId, documentId, actor, clock.instant())) {
            // deleted by someone else between the read and the update
            return Optional.empty();
        }
        return document;
    }

    /** The nomination's deleted documents, kept on record, oldest upload first. */
    public List<DeletedDocument> deleted(long nominationId) {
        nominations.get(nominationId);
        return documents.findDeletedByNomination(nominationId);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
