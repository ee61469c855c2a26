package cn.wuhan.qualityaward.nomination.document;

import java.time.Instant;

/** What is known of a stored document, without its content. */
public record NominationDocument(
        long id,
        long nominationId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {}
