package cn.wuhan.qualityaward.publicnotice;

import java.time.Instant;

/**
 * What an objector learns with their receipt code: where the objection stands and, once decided, the
 * outcome. Never the investigation's findings or the committee's reasoning, nor who objected.
 *
 * @param status 受理 (filed, awaiting the office's finding), 调查中 (investigated, before the committee) or 已决定
 * @param outcome null until decided; then 异议不成立 or 异议成立，候选人已撤出拟表彰名单
 */
public record PublicObjectionStatus(
        String receipt, String cycleId, String candidateReference, String status, String outcome, Instant filedAt) {}
