package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.api.Conflict;
import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.common.Attachment;
import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.nomination.Track;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

/** The criteria versions (评定标准版本), kept by the office alone. */
@RestController
@RequestMapping("/api/criteria")
@Tag(name = "评定标准版本", description = "评定标准细则的版本：导入草稿、预览评分表、发布；评选周期采用已发布的版本")
@SecurityRequirement(name = "basic")
public class CriteriaController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final String NOT_OFFICE = "只有评审办公室可以管理评定标准版本";

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** A filled template is some 20 KB; anything near this is no template. */
    static final long MAX_XLSX_BYTES = 2L * 1024 * 1024;

    private final CriteriaService criteria;
    private final CurrentUser user;

    public CriteriaController(CriteriaService criteria, CurrentUser user) {
        this.criteria = criteria;
        this.user = user;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "列出评定标准版本，最新的在前（仅评审办公室）")
    public List<CriteriaSummary> list() {
        requireOffice();
        return criteria.list();
    }

    /**
     * The same list as a page for the office's browser: each version with its template, its score
     * forms and, for a draft, a button to publish it; and a form to import a filled template. What
     * people typed is escaped; the page runs no script.
     */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page() {
        if (!user.isOffice()) {
            return refusedPage(HttpStatus.FORBIDDEN, List.of(NOT_OFFICE));
        }
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                + "<title>评定标准版本</title><h1>评定标准版本</h1>"
                + "<p>下载一个版本的模板，在Excel或WPS中修改后导入，成为新的草稿；预览各类别的评分表无误后发布。"
                + "已发布的版本不再改变，新的评选周期从已发布的版本中选择。</p>"
                + "<form method=\"post\" action=\"/api/criteria\" enctype=\"multipart/form-data\">"
                + "<input type=\"file\" name=\"file\" accept=\".xlsx\" required> <button>导入为草稿</button></form>"
                + "<table><tr><th>编号</th><th>版本名称</th><th>状态</th><th>创建</th><th>发布</th><th></th></tr>");
        for (CriteriaSummary version : criteria.list()) {
            long id = version.id();
            html.append("<tr><td>")
                    .append(id)
                    .append("</td><td>")
                    .append(escaped(version.label()))
                    .append("</td><td>")
                    .append(version.statusLabel())
                    .append("</td><td>")
                    .append(escaped(version.createdBy()))
                    .append(' ')
                    .append(WHEN.format(version.createdAt()))
                    .append("</td><td>")
                    .append(
                            version.publishedBy() == null
                                    ? ""
                                    : escaped(version.publishedBy()) + ' ' + WHEN.format(version.publishedAt()))
                    .append("</td><td><a href=\"/api/criteria/")
                    .append(id)
                    .append(".xlsx\">模板</a>");
            for (Track track : new Track[] {Track.SENIOR_MANAGER, Track.MIDDLE_MANAGER, Track.STAFF}) {
                html.append(" <a href=\"/api/criteria/")
                        .append(id)
                        .append("/forms/")
                        .append(track.name())
                        .append("\">评分表：")
                        .append(track.label())
                        .append("</a>");
            }
            if (version.status() == CriteriaStatus.DRAFT) {
                html.append(" <form method=\"post\" action=\"/api/criteria/")
                        .append(id)
                        .append("/publish\"><button>发布</button></form>");
            }
            html.append("</td></tr>");
        }
        html.append("</table></html>");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'")
                .body(html.toString());
    }

    /**
     * The page's import: the draft is stored as over the API and the browser goes back to the list;
     * a refusal is a page with every message.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> importXlsxFromPage(@RequestPart("file") MultipartFile file) {
        return fromPage(() -> importXlsx(file));
    }

    /** The page's publish button. */
    @PostMapping(path = "/{id}/publish", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> publishFromPage(@PathVariable long id) {
        return fromPage(() -> publish(id));
    }

    /** Runs what the page asked for: 303 back to the list, or the refusal as a page with its status. */
    private ResponseEntity<String> fromPage(Runnable action) {
        try {
            action.run();
        } catch (Forbidden e) {
            return refusedPage(HttpStatus.FORBIDDEN, List.of(e.getMessage()));
        } catch (InvalidInputException e) {
            return refusedPage(
                    HttpStatus.BAD_REQUEST,
                    e.problems().stream().map(FieldProblem::message).toList());
        } catch (Conflict e) {
            return refusedPage(HttpStatus.CONFLICT, List.of(e.getMessage()));
        } catch (NotFound e) {
            return refusedPage(HttpStatus.NOT_FOUND, List.of(e.getMessage()));
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/api/criteria"))
                .build();
    }

    /** People's text as text: the markup characters escaped, Chinese left readable. */
    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static ResponseEntity<String> refusedPage(HttpStatus status, List<String> messages) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\">"
                + "<title>评定标准版本</title><h1>未能完成</h1><ul>");
        messages.forEach(m -> html.append("<li>").append(escaped(m)).append("</li>"));
        html.append("</ul><p><a href=\"/api/criteria\">返回评定标准版本</a></p></html>");
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'")
                .body(html.toString());
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个评定标准版本及其全部细则；与导入时提交的格式相同（仅评审办公室）")
    public CriteriaVersion get(@PathVariable long id) {
        requireOffice();
        return criteria.get(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "以JSON导入一个评定标准草稿：{label, rubric}，rubric 的结构同 rubric.json（仅评审办公室）")
    public ResponseEntity<CriteriaVersion> importJson(@RequestBody CriteriaDocument document) {
        requireOffice();
        return created(criteria.importDraft(document, user.id()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "以.xlsx导入一个评定标准草稿（multipart 字段 file，格式同导出的模板）（仅评审办公室）")
    public ResponseEntity<CriteriaVersion> importXlsx(@RequestPart("file") MultipartFile file) {
        requireOffice();
        if (file.getSize() > MAX_XLSX_BYTES) {
            throw InvalidInputException.of("file", "TOO_LARGE", "评定标准模板不能超过2MB");
        }
        CriteriaDocument document;
        try (InputStream in = file.getInputStream()) {
            document = CriteriaWorkbook.read(in);
        } catch (IOException unreadable) {
            throw InvalidInputException.of("file", "NOT_XLSX", "无法读取上传的文件");
        }
        return created(criteria.importDraft(document, user.id()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "修改一个草稿；已发布或停用的版本不能修改（仅评审办公室）")
    public CriteriaVersion replaceDraft(@PathVariable long id, @RequestBody CriteriaDocument document) {
        requireOffice();
        return criteria.replaceDraft(id, document);
    }

    @GetMapping("/{id}.xlsx")
    @Operation(summary = "导出评定标准模板（.xlsx），填有该版本的全部细则，可在Excel或WPS中修改后导入（仅评审办公室）")
    public ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        requireOffice();
        CriteriaVersion version = criteria.get(id);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Attachment.disposition("criteria-" + id + ".xlsx", "评定标准-" + id + ".xlsx"))
                .body(CriteriaWorkbook.write(version.document()));
    }

    @PostMapping(path = "/{id}/publish", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "发布一个草稿：此后不再改变，新的评选周期可以采用（仅评审办公室）")
    public CriteriaVersion publish(@PathVariable long id) {
        requireOffice();
        return criteria.publish(id, user.id());
    }

    @PostMapping("/{id}/retire")
    @Operation(summary = "停用一个已发布的版本：已采用它的评选周期不受影响，新的周期不能再选（仅评审办公室）")
    public CriteriaVersion retire(@PathVariable long id) {
        requireOffice();
        return criteria.retire(id);
    }

    @GetMapping(path = "/{id}/forms/{track}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "预览一个类别的专家评分表（Camunda Form，与专家在Tasklist中看到的相同）（仅评审办公室）")
    public String scoreForm(@PathVariable long id, @PathVariable String track) {
        requireOffice();
        return criteria.scoreForm(id, track);
    }

    private ResponseEntity<CriteriaVersion> created(CriteriaVersion version) {
        return ResponseEntity.created(URI.create("/api/criteria/" + version.id()))
                .body(version);
    }

    private void requireOffice() {
        if (!user.isOffice()) {
            throw new Forbidden(NOT_OFFICE);
        }
    }
}
