package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.common.Attachment;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
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

/** The criteria versions (评定标准版本), kept by the office alone. */
@RestController
@RequestMapping("/api/criteria")
@Tag(name = "评定标准版本", description = "评定标准细则的版本：导入草稿、预览评分表、发布；评选周期采用已发布的版本")
@SecurityRequirement(name = "basic")
public class CriteriaController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A filled template is some 20 KB; anything near this is no template. */
    static final long MAX_XLSX_BYTES = 2L * 1024 * 1024;

    private final CriteriaService criteria;
    private final CurrentUser user;

    public CriteriaController(CriteriaService criteria, CurrentUser user) {
        this.criteria = criteria;
        this.user = user;
    }

    @GetMapping
    @Operation(summary = "列出评定标准版本，最新的在前（仅评审办公室）")
    public List<CriteriaSummary> list() {
        requireOffice();
        return criteria.list();
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

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
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

    @PostMapping("/{id}/publish")
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
            throw new Forbidden("只有评审办公室可以管理评定标准版本");
        }
    }
}
