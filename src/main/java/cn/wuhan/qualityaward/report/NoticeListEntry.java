package cn.wuhan.qualityaward.report;

/** One candidate on the published list (公示名单) and where they stand now. */
public record NoticeListEntry(
    int number, String referenceNo, String nomineeName, String organization, String position, String track, String standing) {}
