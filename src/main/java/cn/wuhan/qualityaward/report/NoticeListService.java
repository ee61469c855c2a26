package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.api.Conflict;
import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.ranking.RankingService;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** 公示名单: the committee's proposal as published, each candidate with where they stand now. */
@Service
public class NoticeListService {

    private static final Set<CycleStatus> PUBLISHED =
            EnumSet.of(CycleStatus.PUBLIC_NOTICE, CycleStatus.FINAL_APPROVAL, CycleStatus.ANNOUNCED);

    private final CommitteeService committee;
    private final NominationService nominations;
    private final RankingService ranking;

    public NoticeListService(CommitteeService committee, NominationService nominations, RankingService ranking) {
        this.committee = committee;
        this.nominations = nominations;
        this.ranking = ranking;
    }

    public List<NoticeListEntry> list(AwardCycle cycle) {
        if (!PUBLISHED.contains(cycle.status())) {
            throw new Conflict("NOT_PUBLISHED", "评选周期“" + cycle.id() + "”的拟表彰名单尚未公示");
        }
        List<Long> withdrawn = committee.withdrawn(cycle.id());
        Map<Long, RankedNomination> ranks =
                ranking.rank(cycle.id()).stream().collect(Collectors.toMap(RankedNomination::nominationId, r -> r));
        List<NoticeListEntry> entries = new ArrayList<>();
        for (long id : committee.published(cycle.id())) {
            Nomination n = nominations.get(id);
            RankedNomination ranked = ranks.get(id);
            entries.add(new NoticeListEntry(
                    entries.size() + 1,
                    n.referenceNo(),
                    n.nomineeName(),
                    n.organization(),
                    n.position(),
                    n.track().label(),
                    standing(cycle, n, withdrawn.contains(id)),
                    ranked.rank(),
                    ranked.tied()));
        }
        return entries;
    }

    private static String standing(AwardCycle cycle, Nomination n, boolean withdrawn) {
        if (withdrawn) {
            return NominationStatus.WITHDRAWN_ON_OBJECTION.label();
        }
        return switch (cycle.status()) {
            case PUBLIC_NOTICE -> NominationStatus.Stage.PUBLIC_NOTICE.label();
            case FINAL_APPROVAL -> "公示期满，待市政府审定";
            default -> n.status().label();
        };
    }
}
