package cn.wuhan.qualityaward.nomination.document;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.common.Attachment;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.nomination.RecommendingUnits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.HtmlUtils;

@RestController
@RequestMapping("/api/nominations/{nominationId}/documents")
@Tag(name = "申报材料", description = "申报书和证明材料：PDF、JPEG或PNG")
@SecurityRequirement(name = "basic")
public class DocumentController {

    private final DocumentService documents;
    private final CurrentUser user;
    private final RecommendingUnits recommenders;

    public DocumentController(DocumentService documents, CurrentUser user, RecommendingUnits recommenders) {
        this.documents = documents;
        this.user = user;
        this.recommenders = recommenders;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传一份材料（评审办公室，及形式审查结束前该申报的推荐单位；按内容识别为PDF、JPEG或PNG，默认不超过20MB）")
    public ResponseEntity<NominationDocument> upload(
            @PathVariable long nominationId, @RequestParam("file") MultipartFile file) throws IOException {
        if (!user.isOffice() && !recommenders.mayAddMaterials(user.id(), nominationId)) {
            throw new Forbidden("只有评审办公室和该申报的推荐单位（在形式审查结束前）可以上传申报材料");
        }
        NominationDocument stored =
                documents.upload(nominationId, file.getOriginalFilename(), file.getBytes(), user.id());
        return ResponseEntity.created(URI.create("/api/nominations/" + nominationId + "/documents/" + stored.id()))
                .body(stored);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "列出材料（评审办公室、该申报的评审专家和推荐单位）")
    public List<NominationDocument> list(@PathVariable long nominationId) {
        return readable(nominationId);
    }

    /** The same list as a page, for the links on task forms. */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(@PathVariable long nominationId) {
        StringBuilder html = new StringBuilder(
                "<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>申报材料</title><h1>申报材料</h1>");
        List<NominationDocument> list = readable(nominationId);
        if (list.isEmpty()) {
            html.append("<p>尚未上传材料。</p>");
        }
        html.append("<ul>");
        for (NominationDocument d : list) {
            html.append("<li><a href=\"/api/nominations/")
                    .append(nominationId)
                    .append("/documents/")
                    .append(d.id())
                    .append("\">")
                    .append(HtmlUtils.htmlEscape(d.fileName()))
                    .append("</a>（")
                    .append(d.sizeBytes() / 1024 + 1)
                    .append(" KB）</li>");
        }
        html.append("</ul></html>");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'")
                .body(html.toString());
    }

    /** document-12.pdf: the plain name of a download, whatever the uploaded name was written in. */
    private static String asciiName(NominationDocument document) {
        String name = document.fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return "document-" + document.id() + (extension.matches("\\.[a-z0-9]{1,8}") ? extension : "");
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "下载一份材料（评审办公室、该申报的评审专家和推荐单位）")
    public ResponseEntity<byte[]> download(@PathVariable long nominationId, @PathVariable long documentId) {
        readable(nominationId);
        DocumentContent found = documents
                .content(nominationId, documentId)
                .orElseThrow(() -> new NotFound("材料 " + documentId + " 不存在"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.document().contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        Attachment.disposition(
                                asciiName(found.document()), found.document().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(found.content());
    }

    private List<NominationDocument> readable(long nominationId) {
        if (!documents.mayRead(nominationId, user.id(), user.isOffice())
                && !recommenders.speaksFor(user.id(), nominationId)) {
            throw new Forbidden("您不是该申报的评审专家，不能查看其材料");
        }
        return documents.list(nominationId);
    }
}
