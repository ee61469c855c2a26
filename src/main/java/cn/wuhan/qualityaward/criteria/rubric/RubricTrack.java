package cn.wuhan.qualityaward.criteria.rubric;

import java.util.List;

/**
 * A track of 关键要求. The first three carry a {@code keyPart}; 其他人员 instead carries its scope, the
 * rule to judge it by a reference track, and the conditions a nominee must claim at least one of.
 */
public record RubricTrack(
        String id,
        String name,
        Integer points,
        RubricPart keyPart,
        String scope,
        String referenceRule,
        List<String> referenceTracks,
        List<RubricCondition> conditions) {}
