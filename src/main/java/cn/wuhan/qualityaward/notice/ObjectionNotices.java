package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.notification.Notifier;
import java.util.List;
import org.springframework.stereotype.Component;

/** The objector learns how the committee ruled, and its count, under the account they filed the objection with. */
@Component
public class ObjectionNotices {

    private final ObjectionService objections;
    private final NominationService nominations;
    private final Notifier notifier;

    public ObjectionNotices(ObjectionService objections, NominationService nominations, Notifier notifier) {
        this.objections = objections;
        this.nominations = nominations;
        this.notifier = notifier;
    }

    public void decided(long objectionId) {
        ObjectionOutcome outcome = objections.outcome(objectionId);
        Nomination candidate = nominations.get(outcome.nominationId());
        String verdict = outcome.status() == ObjectionStatus.UPHELD
                ? "经评审委员会表决，异议成立，" + candidate.nomineeName() + "已撤出拟表彰名单。"
                : "经评审委员会表决，异议不成立。";
        notifier.toUsers(
                List.of(outcome.filedBy()),
                "【市长质量奖】异议处理结果",
                outcome.objectorName() + "：您对拟表彰人员" + candidate.nomineeName() + "（" + candidate.referenceNo()
                        + "）提出的异议已处理完毕。" + verdict + "表决情况：" + outcome.decisionReason());
    }
}
