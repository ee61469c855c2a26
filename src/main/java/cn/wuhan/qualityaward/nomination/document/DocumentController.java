package cn.wuhan.qualityaward.nomination.document;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.common.Attachment;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationNotFound;
import cn.wuhan.qualityaward.nomination.NominationService;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/nominations/{nominationId}/documents")
@Tag(name = "申报材料", description = "申报书和证明材料：PDF、JPEG或PNG")
@SecurityRequirement(name = "basic")
public class DocumentController {

    private final DocumentService documents;
    private final CurrentUser user;
    private final RecommendingUnits recommenders;
    private final NominationService nominations;

    public DocumentController(
            DocumentService documents,
            CurrentUser user,
            RecommendingUnits recommenders,
            NominationService nominations) {
        this.documents = documents;
        this.user = user;
        this.recommenders = recommenders;
        this.nominations = nominations;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传一份材料（评审办公室，及形式审查结束前该申报的推荐单位；按内容识别为PDF、JPEG或PNG，默认不超过20MB）")
    public ResponseEntity<NominationDocument> upload(
            @PathVariable long nominationId, @RequestParam("file") MultipartFile file) throws IOException {
        mayUpload(nominationId);
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

    /**
     * The same list as a page for people (the links on task forms): 申报材料 of the nomination by its
     * 申报编号, with an upload form for those who may upload and a delete button for the office. A
     * refusal is a page too (403, 404), with the way back to Tasklist.
     *
     * @param added the document just uploaded from this page, confirmed at the top
     * @param deleted the document just deleted from this page, confirmed at the top
     */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page(
            @PathVariable long nominationId,
            @RequestParam(required = false) String added,
            @RequestParam(required = false) String deleted) {
        try {
            readable(nominationId);
            return html(
                    HttpStatus.OK,
                    MaterialsPage.render(view(nominationId, confirmation(nominationId, added, deleted), null)));
        } catch (Forbidden | NominationNotFound refused) {
            return refusalPage(refused);
        }
    }

    /**
     * The page's upload form: the same checks as {@link #upload}, then back to the page (303) with the
     * file confirmed, or the page again with the refusal in Chinese (400) and nothing stored.
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, params = "from=page")
    @Operation(hidden = true)
    public ResponseEntity<String> uploadFromPage(
            @PathVariable long nominationId, @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        try {
            mayUpload(nominationId);
            if (file == null || (file.isEmpty() && isBlank(file.getOriginalFilename()))) {
                return html(HttpStatus.BAD_REQUEST, MaterialsPage.render(view(nominationId, null, "请先选择要上传的文件。")));
            }
            NominationDocument stored;
            try {
                stored = documents.upload(nominationId, file.getOriginalFilename(), file.getBytes(), user.id());
            } catch (InvalidInputException refused) {
                return html(
                        HttpStatus.BAD_REQUEST,
                        MaterialsPage.render(view(nominationId, null, "未上传：" + refused.getMessage() + "。")));
            }
            return seeOther(nominationId, "?added=" + stored.id());
        } catch (Forbidden | NominationNotFound refused) {
            return refusalPage(refused);
        }
    }

    @DeleteMapping("/{documentId}")
    @Operation(summary = "删除一份材料（仅评审办公室）：不再提供给评审专家和推荐单位，连同删除人和删除时间留档备查")
    public ResponseEntity<Void> delete(@PathVariable long nominationId, @PathVariable long documentId) {
        mayDelete();
        documents
                .delete(nominationId, documentId, user.id())
                .orElseThrow(() -> new NotFound("材料 " + documentId + " 不存在或已删除"));
        return ResponseEntity.noContent().build();
    }

    /** The page's delete button: as {@link #delete}, then back to the page (303). */
    @PostMapping("/{documentId}/delete")
    @Operation(hidden = true)
    public ResponseEntity<String> deleteFromPage(@PathVariable long nominationId, @PathVariable long documentId) {
        try {
            mayDelete();
            if (documents.delete(nominationId, documentId, user.id()).isEmpty()) {
                return html(HttpStatus.NOT_FOUND, MaterialsPage.render(view(nominationId, null, "未删除：该材料不存在或已被删除。")));
            }
            return seeOther(nominationId, "?deleted=" + documentId);
        } catch (Forbidden | NominationNotFound refused) {
            return refusalPage(refused);
        }
    }

    private MaterialsPage.View view(long nominationId, String notice, String error) {
        Nomination nomination = nominations.get(nominationId);
        boolean office = user.isOffice();
        boolean unit = !office && recommenders.speaksFor(user.id(), nominationId);
        return new MaterialsPage.View(
                nominationId,
                nomination.referenceNo(),
                nomination.cycleId(),
                office || unit ? nomination.nomineeName() : null,
                documents.list(nominationId),
                office ? documents.deleted(nominationId) : List.of(),
                office || recommenders.mayAddMaterials(user.id(), nominationId),
                office,
                documents.maxBytes(),
                notice,
                error);
    }

    /** The confirmation of an upload or deletion just made from the page; null when it names no such document. */
    private String confirmation(long nominationId, String added, String deleted) {
        if (added != null) {
            return documents.list(nominationId).stream()
                    .filter(d -> String.valueOf(d.id()).equals(added))
                    .findFirst()
                    .map(d -> "已上传“" + d.fileName() + "”。")
                    .orElse(null);
        }
        if (deleted != null && user.isOffice()) {
            return documents.deleted(nominationId).stream()
                    .filter(d -> String.valueOf(d.document().id()).equals(deleted))
                    .findFirst()
                    .map(d -> "已删除“" + d.document().fileName() + "”：不再提供给评审专家和推荐单位，留档备查。")
                    .orElse(null);
        }
        return null;
    }

    private static ResponseEntity<String> refusalPage(RuntimeException refused) {
        HttpStatus status = refused instanceof Forbidden ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND;
        String message = refused instanceof Forbidden ? refused.getMessage() : "该申报不存在。";
        return html(status, MaterialsPage.refusal(message));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", MaterialsPage.CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static ResponseEntity<String> seeOther(long nominationId, String query) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/api/nominations/" + nominationId + "/documents" + query))
                .build();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** document-12.pdf: the plain name of a download, whatever the uploaded name was written in. */
    private static String asciiName(NominationDocument document) {
        String name = document.fileName();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        return "document-" + document.id() + (extension.matches("\\.[a-z0-9]{1,8}") ? extension : "");
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "下载一份材料（评审办公室、该申报的评审专家和推荐单位；已删除的材料只有评审办公室可下载）")
    public ResponseEntity<byte[]> download(@PathVariable long nominationId, @PathVariable long documentId) {
        readable(nominationId);
        DocumentContent found = (user.isOffice()
                        ? documents.contentOnRecord(nominationId, documentId)
                        : documents.content(nominationId, documentId))
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

    private void mayUpload(long nominationId) {
        if (!user.isOffice() && !recommenders.mayAddMaterials(user.id(), nominationId)) {
            throw new Forbidden("只有评审办公室和该申报的推荐单位（在形式审查结束前）可以上传申报材料");
        }
    }

    private void mayDelete() {
        if (!user.isOffice()) {
            throw new Forbidden("只有评审办公室可以删除申报材料");
        }
    }

    private List<NominationDocument> readable(long nominationId) {
        if (!documents.mayRead(nominationId, user.id(), user.isOffice())
                && !recommenders.speaksFor(user.id(), nominationId)) {
            throw new Forbidden("您不是该申报的评审专家，不能查看其材料");
        }
        return documents.list(nominationId);
    }
}
