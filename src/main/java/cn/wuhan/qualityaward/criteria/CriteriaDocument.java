package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A criteria version as the office writes it: its label (such as “2026 试行”) and the whole rubric in
 * the structure of {@code rubric/rubric.json}. What {@code GET /api/criteria/{id}} answers can be
 * sent back as it is: the server's own fields (number, status, who and when) are ignored.
 */
@JsonIgnoreProperties(
        value = {"id", "status", "statusLabel", "createdBy", "createdAt", "publishedBy", "publishedAt"},
        allowGetters = true)
public record CriteriaDocument(String label, Rubric rubric) {}
