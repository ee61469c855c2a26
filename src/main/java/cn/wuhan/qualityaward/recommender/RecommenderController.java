package cn.wuhan.qualityaward.recommender;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.identity.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A recommending unit's view of its nominations, and the office binding recommender accounts to units. */
@RestController
@Tag(name = "推荐单位", description = "推荐单位申报并跟踪本单位的申报")
@SecurityRequirement(name = "basic")
public class RecommenderController {

    private final RecommenderService recommenders;
    private final CurrentUser user;

    public RecommenderController(RecommenderService recommenders, CurrentUser user) {
        this.recommenders = recommenders;
        this.user = user;
    }

    /** The same list as a page for people, each nomination linked to its 申报材料 page; a refusal as a page too. */
    @GetMapping(value = "/api/nominations/materials", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(hidden = true)
    public ResponseEntity<String> page() {
        HttpStatus status = HttpStatus.OK;
        String body;
        try {
            body = NominationListPage.render(list());
        } catch (Forbidden refused) {
            status = HttpStatus.FORBIDDEN;
            body = NominationListPage.refusal(refused.getMessage());
        }
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", NominationListPage.CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @GetMapping("/api/nominations")
    @Operation(summary = "申报列表：推荐单位只见本单位的申报及其所处阶段，评审办公室见全部；不含分数、评审组和专家")
    public List<UnitNomination> list() {
        if (user.isOffice()) {
            return recommenders.nominationsOf(null);
        }
        if (user.isIn(Groups.RECOMMENDERS)) {
            String unit = recommenders.unitOf(user.id()).orElseThrow(() -> new Forbidden("您的账号尚未绑定推荐单位，请联系评审办公室"));
            return recommenders.nominationsOf(unit);
        }
        throw new Forbidden("只有评审办公室和推荐单位可以查看申报列表");
    }

    /** The unit a recommender account files for. */
    public record Binding(String unitName) {}

    @PutMapping("/api/recommenders/{userId}")
    @Operation(summary = "绑定推荐单位账号与其推荐单位（仅评审办公室）")
    public Binding bind(@PathVariable String userId, @RequestBody Binding binding) {
        if (!user.isOffice()) {
            throw new Forbidden("只有评审办公室可以绑定推荐单位");
        }
        if (binding.unitName() == null || binding.unitName().isBlank()) {
            throw InvalidInputException.of("unitName", "REQUIRED", "请填写推荐单位名称");
        }
        if (binding.unitName().strip().length() > 200) {
            throw InvalidInputException.of("unitName", "TOO_LONG", "推荐单位名称不能超过200个字");
        }
        recommenders.bind(userId, binding.unitName());
        return new Binding(binding.unitName().strip());
    }
}
