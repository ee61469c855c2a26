package cn.wuhan.qualityaward.report;

import java.util.List;

/** 公示名单 as .xlsx. */
public final class NoticeListWorkbook {

    static final List<String> HEADERS = List.of("序号", "申报编号", "姓名", "工作单位", "职务", "评审类别", "状态", "评审名次");

    private NoticeListWorkbook() {}

    public static byte[] write(String cycleName, List<NoticeListEntry> list) {
        try (WorkbookWriter out = new WorkbookWriter()) {
            out.sheet("公示名单", 6, 20, 12, 30, 20, 12, 24, 12)
                    .row(cycleName + " 拟表彰人员名单（公示）")
                    .header(HEADERS);
            for (NoticeListEntry e : list) {
                out.row(
                        e.number(),
                        e.referenceNo(),
                        e.nomineeName(),
                        e.organization(),
                        e.position(),
                        e.track(),
                        e.standing(),
                        e.rankLabel());
            }
            return out.bytes();
        }
    }
}
