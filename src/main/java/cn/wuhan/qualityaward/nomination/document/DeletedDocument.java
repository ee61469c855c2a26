package cn.wuhan.qualityaward.nomination.document;

import java.time.Instant;

/** A document the office deleted: no longer part of the materials, kept on record with who deleted it and when. */
public record DeletedDocument(NominationDocument document, String deletedBy, Instant deletedAt) {}
