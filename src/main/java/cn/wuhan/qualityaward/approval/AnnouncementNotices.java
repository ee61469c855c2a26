package cn.wuhan.qualityaward.approval;

import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.CycleOutcome;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.notification.Notifier;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** 表彰: the office, the committee and the approvers are told who was awarded. */
@Component
public class AnnouncementNotices {

    private static final List<String> TOLD = List.of(Groups.OFFICE, Groups.COMMITTEE, Groups.APPROVERS);

    private final NominationService nominations;
    private final Notifier notifier;

    public AnnouncementNotices(NominationService nominations, Notifier notifier) {
        this.nominations = nominations;
        this.notifier = notifier;
    }

    public void announced(String cycleId, List<Announced> outcomes) {
        String winners = outcomes.stream()
                .filter(a -> a.outcome() == CycleOutcome.AWARDED)
                .map(a -> nominations.get(a.nominationId()))
                .map(n -> n.nomineeName() + "（" + n.organization() + "）")
                .collect(Collectors.joining("、"));
        for (String group : TOLD) {
            notifier.toGroup(
                    group,
                    "【市长质量奖】评选周期 " + cycleId + " 结果公布",
                    "经市政府审定，本周期获奖人员为：" + (winners.isEmpty() ? "无" : winners) + "。各申报的结果已记入系统。");
        }
    }
}
