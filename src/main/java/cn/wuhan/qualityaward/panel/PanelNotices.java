package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.notification.NotificationFailed;
import cn.wuhan.qualityaward.notification.Notifier;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the experts and the office are told about panels: assignment, reminder, escalation, recusal. */
@Component
public class PanelNotices {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String TAG = "【市长质量奖】";
    private static final Logger LOG = LoggerFactory.getLogger(PanelNotices.class);

    private final Notifier notifier;
    private final NominationService nominations;

    public PanelNotices(Notifier notifier, NominationService nominations) {
        this.notifier = notifier;
        this.nominations = nominations;
    }

    /** Sent while the seat is prepared: a mail failure is logged and never holds up the expert's task. */
    public void assigned(long nominationId, String expert, Instant due) {
        Nomination n = nominations.get(nominationId);
        bestEffort(() -> notifier.toUsers(
                List.of(expert),
                TAG + "新的评审任务 " + n.referenceNo(),
                "您被安排评审申报 " + n.referenceNo() + "（" + n.nomineeName() + "），请于" + WHEN.format(due)
                        + "前登录任务列表完成评分。如与被推荐人存在利益冲突，请在评分表顶部声明回避。"));
    }

    public void reminder(long nominationId, String expert, Instant due) {
        Nomination n = nominations.get(nominationId);
        notifier.toUsers(
                List.of(expert),
                TAG + "评分即将到期 " + n.referenceNo(),
                "申报 " + n.referenceNo() + "（" + n.nomineeName() + "）的评分将于" + WHEN.format(due) + "到期，请尽快完成。");
    }

    public void overdue(long nominationId, String expert) {
        Nomination n = nominations.get(nominationId);
        notifier.toGroup(
                Groups.OFFICE,
                TAG + "评分逾期 " + n.referenceNo(),
                "专家 " + expert + " 未在期限内完成申报 " + n.referenceNo() + "（" + n.nomineeName() + "）的评分，请在任务列表中延期或改派。");
    }

    /** Sent within the expert's own recusal: a mail failure is logged and never undoes the recusal. */
    public void recused(long nominationId, String expert, String reason, String replacement) {
        Nomination n = nominations.get(nominationId);
        bestEffort(() -> notifier.toGroup(
                Groups.OFFICE,
                TAG + "专家回避 " + n.referenceNo(),
                "专家 " + expert + " 声明与申报 " + n.referenceNo() + "（" + n.nomineeName() + "）存在利益冲突并回避，理由：" + reason
                        + "。已自动改由专家 " + replacement + " 评审。"));
    }

    /** Sent within the office's own decision: a mail failure is logged and never undoes it. */
    public void reassigned(long nominationId, String expert, String replacement) {
        Nomination n = nominations.get(nominationId);
        bestEffort(() -> notifier.toUsers(
                List.of(expert),
                TAG + "评审任务已改派 " + n.referenceNo(),
                "申报 " + n.referenceNo() + " 的评分已逾期，评审办公室已将其改派他人，您不再参与该申报的评审。"));
    }

    private static void bestEffort(Runnable notice) {
        try {
            notice.run();
        } catch (NotificationFailed e) {
            LOG.error("通知未能发送，已完成的操作不受影响", e);
        }
    }
}
