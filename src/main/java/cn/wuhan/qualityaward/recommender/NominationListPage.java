package cn.wuhan.qualityaward.recommender;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * 申报列表 as a page: the nominations a person may follow (the office all, a unit its own), each with
 * its stage and a link to its 申报材料 page, where materials are uploaded. The start form links here,
 * since a nomination has no materials page before it is filed. Every text is escaped; no script.
 */
final class NominationListPage {

    private static final String STYLE = """
            body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222;background:#f5f6f8}
            header{background:#2c3e50;padding:10px 24px}
            header a{color:#fff;text-decoration:none;font-weight:bold}
            main{max-width:1100px;margin:0 auto;padding:16px 24px}
            h1{font-size:24px;margin:8px 0}
            table{border-collapse:collapse;width:100%;background:#fff}
            th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;font-size:14px}
            th{background:#eef1f5}
            .empty,.hint{color:#555}
            .refused{background:#fdecea;border:1px solid #e57373;color:#b71c1c;padding:10px 14px}
            """;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private NominationListPage() {}

    /** A refusal as a page: the message and the way back. */
    static String refusal(String message) {
        return start().append("<p class=\"refused\" role=\"alert\">")
                .append(escape(message))
                .append("</p></main></body></html>")
                .toString();
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
                    .append("/documents\">申报材料</a></td></tr>");
        }
        return h.append("</tbody></table></main></body></html>").toString();
    }

    private static StringBuilder start() {
        return new StringBuilder(4096)
                .append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>申报列表</title><style>")
                .append(STYLE)
                .append("</style></head><body><header><a id=\"back\" href=\"/camunda/app/tasklist/\">← 返回任务列表</a>")
                .append("</header><main><h1>申报列表</h1>");
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
