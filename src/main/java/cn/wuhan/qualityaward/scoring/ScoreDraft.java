package cn.wuhan.qualityaward.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An expert's half-filled score sheet for one nomination (评分草稿), kept with 保存 until the sheet is
 * submitted: the items filled in so far (rubric item id → points, each 0 to the item's points in half
 * points) and the comment, null when empty.
 */
public record ScoreDraft(
        long nominationId, String expertId, Map<String, BigDecimal> items, String comment, Instant savedAt) {

    public boolean isEmpty() {
        return items.isEmpty() && comment == null;
    }
}
