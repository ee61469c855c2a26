package cn.wuhan.qualityaward.publicnotice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** 公示 without an account: the JSON list and the plain Chinese page that carries the objection form. */
@RestController
@Tag(name = "公示（公众）")
@SecurityRequirements
public class PublicNoticeController {

    private final PublicNoticeService notices;

    public PublicNoticeController(PublicNoticeService notices) {
        this.notices = notices;
    }

    @GetMapping(path = "/api/public/notices", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "公示名单（无需登录）：公示中的在前，每期含评选周期编号和候选人申报编号")
    public List<PublicNotice> notices() {
        return notices.all();
    }

    @GetMapping(path = "/public/notices", produces = MediaType.TEXT_HTML_VALUE)
    public ResponseEntity<String> page() {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-cache")
                .body(PublicNoticePage.render(notices.all(), PublicObjectionService.MAX_EVIDENCE_FILES));
    }
}
