package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.identity.CurrentUser;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 评分草稿 of one scoring task, for its expert only (Tasklist's 保存 on a score sheet calls this). The
 * fields are the form's keys, so the draft goes back into the form as it came out.
 */
@RestController
@RequestMapping("/api/tasks/{taskId}/score-draft")
@Tag(name = "评分草稿", description = "评审专家本人保存的评分表草稿，再次打开评分任务时恢复；他人不可读写")
@SecurityRequirement(name = "basic")
public class ScoreDraftController {

    private final ScoreDraftService drafts;
    private final CurrentUser user;

    public ScoreDraftController(ScoreDraftService drafts, CurrentUser user) {
        this.drafts = drafts;
        this.user = user;
    }

    @GetMapping
    @Operation(summary = "读取本人的评分草稿（204：没有草稿；403 NOT_YOUR_SCORE_DRAFT；404 SCORING_TASK_NOT_FOUND）")
    public ResponseEntity<ScoreDraftBody> read(@PathVariable String taskId) {
        return answer(drafts.read(taskId, user.id()));
    }

    @PutMapping
    @Operation(summary = "保存本人的评分草稿，替换之前的草稿（各项为0至该项分值、0.5分的整数倍的数字或null；评语不超过2000字）；" + "什么都没填时删除草稿并答204；400时原草稿不变")
    public ResponseEntity<ScoreDraftBody> save(@PathVariable String taskId, @RequestBody ScoreDraftBody body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (body.scores() != null) {
            body.scores().forEach((key, value) -> fields.put(key, plain(value)));
        }
        return answer(drafts.save(taskId, user.id(), fields, body.comment()));
    }

    @DeleteMapping
    @Operation(summary = "删除本人的评分草稿")
    public ResponseEntity<Void> discard(@PathVariable String taskId) {
        drafts.discard(taskId, user.id());
        return ResponseEntity.noContent().build();
    }

    /** A JSON number as a BigDecimal, null or JSON null as null, anything else as itself: not a number. */
    private static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isNumber() ? value.decimalValue() : value;
    }

    private static ResponseEntity<ScoreDraftBody> answer(Optional<ScoreDraft> draft) {
        return draft.map(d -> ResponseEntity.ok(ScoreDraftBody.of(d)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** A draft as the form holds it: field key → points, the comment, and when it was saved (answers only). */
    @Schema(name = "ScoreDraft")
    public record ScoreDraftBody(
            @Schema(description = "评分项的表单字段（score_<细则编号>）→ 得分；未填的项可省略或为null")
            Map<String, JsonNode> scores,

            @Schema(description = "评语，可为空") String comment,

            @Schema(description = "保存时间（只在回答中）", accessMode = Schema.AccessMode.READ_ONLY)
            Instant savedAt) {

        static ScoreDraftBody of(ScoreDraft draft) {
            Map<String, JsonNode> scores = new HashMap<>();
            draft.items().forEach((item, points) -> scores.put(ScoreSheetVariables.itemKey(item), number(points)));
            return new ScoreDraftBody(scores, draft.comment(), draft.savedAt());
        }

        private static JsonNode number(BigDecimal points) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.numberNode(points);
        }
    }
}
