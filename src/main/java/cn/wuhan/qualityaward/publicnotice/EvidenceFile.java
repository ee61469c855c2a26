package cn.wuhan.qualityaward.publicnotice;

/** A file the objector attached, as uploaded: its name as the browser gave it, and its bytes. */
public record EvidenceFile(String name, byte[] content) {}
