package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * One stored version of the 评定标准细则. {@code id} is its number (1 is the rubric shipped with the
 * application); {@code publishedBy}/{@code publishedAt} are null until it is published. The JSON shape
 * is the one {@code POST /api/criteria} takes, plus these server-set fields.
 */
public record CriteriaVersion(
        long id,
        String label,
        CriteriaStatus status,
        String createdBy,
        Instant createdAt,
        String publishedBy,
        Instant publishedAt,
        Rubric rubric) {

    /** 草稿 / 已发布 / 停用, for people. */
    @JsonProperty("statusLabel")
    public String statusLabel() {
        return status.label();
    }

    public CriteriaDocument document() {
        return new CriteriaDocument(label, rubric);
    }

    public CriteriaSummary summary() {
        return new CriteriaSummary(id, label, status, status.label(), createdBy, createdAt, publishedBy, publishedAt);
    }
}
