package cn.wuhan.qualityaward.nomination.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * 申报材料 as a page for people: the list with downloads, an upload form for those who may upload, a
 * delete button for the office and, for the office, the deleted documents kept on record. Every text
 * from the tables (file names above all) is escaped; the page runs no script, and its one style
 * block is allowed by its hash in {@link #CONTENT_SECURITY_POLICY}.
 */
public final class MaterialsPage {

    /** Tasklist, where every person works: the way back from this page. */
    static final String TASKLIST = "/camunda/app/tasklist/";

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private static final String STYLE = """
            body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#222;background:#f5f6f8}
            header{background:#2c3e50;padding:10px 24px}
            header a{color:#fff;text-decoration:none;font-weight:bold}
            main{max-width:960px;margin:0 auto;padding:16px 24px}
            h1{font-size:24px;margin:8px 0}
            h2{font-size:18px;margin:24px 0 8px}
            .who{font-size:16px;margin:0 0 8px}
            .hint{color:#555;font-size:14px}
            .notice,.error{padding:10px 14px;border-radius:4px;margin:12px 0}
            .notice{background:#e8f5e9;border:1px solid #81c784}
            .error{background:#fdecea;border:1px solid #e57373;color:#b71c1c}
            table{border-collapse:collapse;width:100%;background:#fff}
            th,td{border:1px solid #ddd;padding:6px 8px;text-align:left;font-size:14px;word-break:break-all}
            th{background:#eef1f5}
            form.inline{margin:0}
            button{font-size:14px;padding:4px 12px;cursor:pointer}
            button.delete{color:#b71c1c}
            .upload{background:#fff;border:1px solid #ddd;padding:12px 16px}
            .empty{color:#555}
            """;

    /** No script at all, no frames, forms only back to the application, the style block by its hash. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * What the page shows and offers.
     *
     * @param nomineeName shown to the office and the nomination's unit only; null for experts
     * @param deleted the deleted documents, for the office; empty for everyone else
     * @param notice a confirmation in Chinese (e.g. after an upload), or null
     * @param error a refusal in Chinese (e.g. a file of the wrong type), or null
     */
    record View(
            long nominationId,
            String referenceNo,
            String cycleId,
            String nomineeName,
            List<NominationDocument> documents,
            List<DeletedDocument> deleted,
            boolean mayUpload,
            boolean mayDelete,
            long maxBytes,
            String notice,
            String error) {}

    private MaterialsPage() {}

    static String render(View v) {
        String base = "/api/nominations/" + v.nominationId() + "/documents";
        StringBuilder h = page("申报材料 · " + v.referenceNo());
        h.append("<h1>申报材料</h1><p class=\"who\">申报编号 <strong id=\"reference\">")
                .append(htmlEscape(v.referenceNo()))
                .append("</strong>（评选周期 ")
                .append(htmlEscape(v.cycleId()))
                .append("）");
        if (v.nomineeName() != null) {
            h.append("　被推荐人 ").append(htmlEscape(v.nomineeName()));
        }
        h.append("</p><p class=\"hint\">本页在新标签页中打开，任务页上已填写的内容不受影响；看完后关闭本标签页即可回到任务。</p>");
        if (v.notice() != null) {
            h.append("<p class=\"notice\" role=\"status\">")
                    .append(htmlEscape(v.notice()))
                    .append("</p>");
        }
        if (v.error() != null) {
            h.append("<p class=\"error\" role=\"alert\">")
                    .append(htmlEscape(v.error()))
                    .append("</p>");
        }
        if (v.documents().isEmpty()) {
            h.append("<p class=\"empty\">尚未上传材料。</p>");
        } else {
            h.append("<table id=\"documents\"><thead><tr><th>文件名</th><th>类型</th><th>大小</th><th>上传人</th><th>上传时间</th>");
            if (v.mayDelete()) {
                h.append("<th>操作</th>");
            }
            h.append("</tr></thead><tbody>");
            for (NominationDocument d : v.documents()) {
                h.append("<tr>");
                cells(h, base, d);
                if (v.mayDelete()) {
                    h.append("<td><form class=\"inline\" method=\"post\" action=\"")
                            .append(base)
                            .append('/')
                            .append(d.id())
                            .append("/delete\"><button class=\"delete\" type=\"submit\">删除</button></form></td>");
                }
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        if (v.mayUpload()) {
            h.append("<section class=\"upload\"><h2>上传材料</h2><p>可上传申报书和证明材料：PDF、JPEG或PNG文件（按文件内容识别，与文件名无关），每个不超过")
                    .append(v.maxBytes() / 1024 / 1024)
                    .append("MB，一次一个。</p><form method=\"post\" enctype=\"multipart/form-data\" action=\"")
                    .append(base)
                    .append("?from=page\"><label for=\"file\">要上传的文件：</label> ")
                    .append("<input id=\"file\" type=\"file\" name=\"file\" required")
                    .append(" accept=\".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png\"> ")
                    .append("<button type=\"submit\">上传</button></form>");
            if (v.mayDelete()) {
                h.append("<p class=\"hint\">删除的材料不再提供给评审专家和推荐单位，但连同删除人和删除时间留档备查。</p>");
            }
            h.append("</section>");
        }
        if (!v.deleted().isEmpty()) {
            h.append("<section id=\"deleted\"><h2>已删除的材料（留档备查）</h2><table><thead><tr>")
                    .append("<th>文件名</th><th>类型</th><th>大小</th><th>上传人</th><th>上传时间</th>")
                    .append("<th>删除人</th><th>删除时间</th></tr></thead><tbody>");
            for (DeletedDocument d : v.deleted()) {
                h.append("<tr>");
                cells(h, base, d.document());
                h.append("<td>")
                        .append(htmlEscape(d.deletedBy()))
                        .append("</td><td>")
                        .append(TIME.format(d.deletedAt()))
                        .append("</td></tr>");
            }
            h.append("</tbody></table></section>");
        }
        return h.append("</main></body></html>").toString();
    }

    /** A refusal as a page: the message and the way back, nothing of the nomination. */
    static String refusal(String message) {
        return refusal("申报材料", message);
    }

    /** A refusal as one of the award's plain pages: the page's title, the message and the way back. */
    public static String refusal(String title, String message) {
        return page(title)
                .append("<h1>")
                .append(htmlEscape(title))
                .append("</h1><p class=\"error\" role=\"alert\">")
                .append(htmlEscape(message))
                .append("</p></main></body></html>")
                .toString();
    }

    /**
     * The start of one of the award's plain pages for people: the document head with the style this
     * page's {@link #CONTENT_SECURITY_POLICY} admits, the way back to Tasklist, and an open {@code <main>}.
     */
    public static StringBuilder page(String title) {
        return new StringBuilder(4096)
                .append("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(htmlEscape(title))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body><header><a id=\"back\" href=\"")
                .append(TASKLIST)
                .append("\">← 返回任务列表</a></header><main>");
    }

    private static void cells(StringBuilder h, String base, NominationDocument d) {
        h.append("<td><a href=\"")
                .append(base)
                .append('/')
                .append(d.id())
                .append("\">")
                .append(htmlEscape(d.fileName()))
                .append("</a></td><td>")
                .append(kind(d.contentType()))
                .append("</td><td>")
                .append(size(d.sizeBytes()))
                .append("</td><td>")
                .append(htmlEscape(d.uploadedBy()))
                .append("</td><td>")
                .append(TIME.format(d.uploadedAt()))
                .append("</td>");
    }

    private static String kind(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> "PDF";
            case "image/jpeg" -> "JPEG图片";
            case "image/png" -> "PNG图片";
            default -> htmlEscape(contentType);
        };
    }

    /** 1–1023 KB rounded up, then MB with one decimal. */
    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return ((bytes + 1023) / 1024) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    /** Only the characters HTML needs escaped; every other character (Chinese, "·") stays as written. */
    public static String htmlEscape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
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
