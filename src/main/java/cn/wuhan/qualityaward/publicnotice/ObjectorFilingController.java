package cn.wuhan.qualityaward.publicnotice;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.identity.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A public objector's contact, masked identity and evidence: for the office and the committee only. */
@RestController
@Tag(name = "公示异议")
@SecurityRequirement(name = "basic")
public class ObjectorFilingController {

    private final PublicObjectionService objections;
    private final CurrentUser user;

    public ObjectorFilingController(PublicObjectionService objections, CurrentUser user) {
        this.objections = objections;
        this.user = user;
    }

    @GetMapping("/api/objections/{objectionId}/public-filing")
    @Operation(summary = "公众异议的异议人联系方式、身份证号码（遮蔽）和证明材料清单（评审办公室、评审委员会）")
    public PublicObjectionService.ObjectorFiling filing(@PathVariable long objectionId) {
        mayRead();
        return objections.filing(objectionId).orElseThrow(() -> new NotFound("异议 " + objectionId + " 不是公众提出的异议"));
    }

    @GetMapping("/api/objections/{objectionId}/evidence/{evidenceId}")
    @Operation(summary = "下载公众异议的一份证明材料（评审办公室、评审委员会）")
    public ResponseEntity<byte[]> evidence(@PathVariable long objectionId, @PathVariable long evidenceId) {
        mayRead();
        PublicObjectionService.Evidence evidence = objections
                .evidence(objectionId, evidenceId)
                .orElseThrow(() -> new NotFound("证明材料 " + evidenceId + " 不存在"));
        byte[] content = objections.evidenceContent(objectionId, evidenceId).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(evidence.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    private void mayRead() {
        if (!user.isOffice() && !user.isIn(Groups.COMMITTEE)) {
            throw new Forbidden("只有评审办公室和评审委员会可以查看异议人的身份和材料");
        }
    }
}
