package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The expert pool, kept by the office; the users themselves are kept in Camunda Admin. */
@RestController
@RequestMapping("/api/experts")
@Tag(name = "专家库", description = "专家的工作单位、可评审类别和申报的关系")
@SecurityRequirement(name = "basic")
public class ExpertController {

    private final ExpertPoolService pool;
    private final CurrentUser user;

    public ExpertController(ExpertPoolService pool, CurrentUser user) {
        this.pool = pool;
        this.user = user;
    }

    @GetMapping
    @Operation(summary = "列出专家库（仅评审办公室）")
    public List<ExpertProfile> list() {
        requireOffice();
        return pool.all();
    }

    @PutMapping("/{expertId}")
    @Operation(summary = "登记或更新一位专家的信息（仅评审办公室）")
    public ExpertProfile save(@PathVariable String expertId, @RequestBody ExpertProfileRequest request) {
        requireOffice();
        return pool.save(expertId, request.organization(), request.tracks(), request.relationships());
    }

    private void requireOffice() {
        if (!user.isOffice()) {
            throw new Forbidden("只有评审办公室可以维护专家库");
        }
    }
}
