package cn.wuhan.qualityaward.nomination.document;

/** A document and its bytes, for download. */
public record DocumentContent(NominationDocument document, byte[] content) {}
