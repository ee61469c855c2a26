package cn.wuhan.qualityaward.recommender;

import cn.wuhan.qualityaward.nomination.document.MaterialsPage;
import java.util.List;

/**
 * 申报列表 as a page: the nominations a person may follow (the office all, a unit its own), each with
 * its stage and a link to its 申报材料 page, where materials are uploaded. The start form links here,
 * since a nomination has no materials page before it is filed. Every text is escaped; no script. The
 * frame, style and policy are the materials page's ({@link MaterialsPage#page}).
 */
final class NominationListPage {

    static final String CONTENT_SECURITY_POLICY = MaterialsPage.CONTENT_SECURITY_POLICY;

    private NominationListPage() {}

    /** A refusal as a page: the message and the way back. */
    static String refusal(String message) {
        return MaterialsPage.refusal("申报列表", message);
    }

    static String render(List<UnitNomination> nominations) {
        StringBuilder h = start().append("<p class=\"hint\">点“申报材料”查看和上传该申报的申报书和证明材料（推荐单位在形式审查结束前可上传）。</p>");
        if (nominations.isEmpty()) {
            return h.append("<p class=\"empty\">还没有申报。</p></main></body></html>")
                    .toString();
        }
        h.append("<table><thead><tr><th>申报编号</th><th>被推荐人</th><th>工作单位</th><th>推荐单位</th>")
                .append("<th>评选周期</th><th>阶段</th><th>材料</th></tr></thead><tbody>");
        for (UnitNomination n : nominations) {
            h.append("<tr><td>")
                    .append(escape(n.referenceNo()))
                    .append("</td><td>")
                    .append(escape(n.nomineeName()))
                    .append("</td><td>")
                    .append(escape(n.organization()))
                    .append("</td><td>")
                    .append(escape(n.recommendingUnit()))
                    .append("</td><td>")
                    .append(escape(n.cycleId()))
                    .append("</td><td>")
                    .append(escape(n.stage()))
                    .append("</td><td><a href=\"/api/nominations/")
                    .append(n.id())
                    // in a tab of its own, as from a task: the materials page says so and leads back to Tasklist
                    .append("/documents\" target=\"_blank\" rel=\"noopener\">申报材料</a></td></tr>");
        }
        return h.append("</tbody></table></main></body></html>").toString();
    }

    private static StringBuilder start() {
        return MaterialsPage.page("申报列表").append("<h1>申报列表</h1>");
    }

    private static String escape(String text) {
        return text == null ? "" : MaterialsPage.htmlEscape(text);
    }
}
