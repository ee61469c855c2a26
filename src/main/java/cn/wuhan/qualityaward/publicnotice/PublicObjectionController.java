package cn.wuhan.qualityaward.publicnotice;

import cn.wuhan.qualityaward.api.ApiError;
import cn.wuhan.qualityaward.identity.SameOrigin;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Objections from anyone, without an account (公示期间实名异议): JSON, or a multipart form with evidence
 * files as the public page sends it. 201 with a receipt code; 400 by field; 409 the same person about
 * the same candidate again; 429 too many from one client address.
 */
@RestController
@Tag(name = "公示（公众）", description = "无需登录：公示名单与公众实名异议")
@SecurityRequirements
public class PublicObjectionController {

    private final PublicObjectionIntake intake;
    private final PublicObjectionService objections;
    private final PublicObjectionRateLimit rateLimit;

    public PublicObjectionController(
            PublicObjectionIntake intake, PublicObjectionService objections, PublicObjectionRateLimit rateLimit) {
        this.intake = intake;
        this.objections = objections;
        this.rateLimit = rateLimit;
    }

    @PostMapping(path = "/api/public/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "公众实名提出公示异议（无需登录）")
    public ResponseEntity<?> file(@RequestBody PublicObjectionRequest request, HttpServletRequest http) {
        return limited(http, () -> intake.file(request, List.of()));
    }

    @PostMapping(path = "/api/public/objections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "公众实名提出公示异议，附证明材料（表单提交，无需登录）")
    public ResponseEntity<?> fileForm(
            @RequestParam(required = false) String cycleId,
            @RequestParam(required = false) String candidateReference,
            @RequestParam(required = false) String objectorName,
            @RequestParam(required = false) String objectorIdNumber,
            @RequestParam(required = false) String objectorPhone,
            @RequestParam(required = false) String objectorEmail,
            @RequestParam(required = false) String grounds,
            @RequestParam(required = false) String truthDeclared,
            @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
            HttpServletRequest http) {
        PublicObjectionRequest request = new PublicObjectionRequest(
                cycleId,
                candidateReference,
                objectorName,
                objectorIdNumber,
                objectorPhone,
                objectorEmail,
                grounds,
                "true".equals(truthDeclared) || "on".equals(truthDeclared));
        return limited(http, () -> intake.file(request, files(evidence)));
    }

    @GetMapping("/api/public/objections/{receipt}")
    @Operation(summary = "凭回执编号查询异议办理情况：受理 / 调查中 / 已决定，及决定结果")
    public PublicObjectionStatus status(@PathVariable String receipt) {
        return objections.status(receipt);
    }

    private ResponseEntity<?> limited(HttpServletRequest http, Supplier<PublicObjectionFiled> filing) {
        // an objection is filed from the notice page itself; another site would file in its visitors' names
        if (SameOrigin.fromAnotherSite(http)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(ApiError.of("CSRF_REFUSED", "此请求来自其他网站，已拒绝。请在本系统的公示页面提出异议。"));
        }
        if (!rateLimit.tryAcquire(http.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", String.valueOf(rateLimit.windowSeconds()))
                    .body(ApiError.of("TOO_MANY_OBJECTIONS", "来自同一网络地址的异议提交过于频繁，请稍后再试"));
        }
        PublicObjectionFiled filed = filing.get();
        return ResponseEntity.created(URI.create("/api/public/objections/" + filed.receipt()))
                .body(filed);
    }

    private static List<EvidenceFile> files(List<MultipartFile> evidence) {
        if (evidence == null) {
            return List.of();
        }
        return evidence.stream()
                .filter(f -> !(f.isEmpty()
                        && (f.getOriginalFilename() == null
                                || f.getOriginalFilename().isEmpty())))
                .map(f -> {
                    try {
                        return new EvidenceFile(f.getOriginalFilename(), f.getBytes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }
}
