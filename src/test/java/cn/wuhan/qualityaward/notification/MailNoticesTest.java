package cn.wuhan.qualityaward.notification;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess.Elements;
import cn.wuhan.qualityaward.support.AwardScenario;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Notices reach the right mailboxes over SMTP: assignment, reminder, escalation, recusal, the result
 * and the objector's answer; a notice the server refuses retries and ends as an incident.
 */
@SpringBootTest(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "spring.datasource.url=jdbc:h2:mem:award-mail;DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=mail"
        })
@ActiveProfiles("test")
@Import(AwardScenario.class)
@DirtiesContext
class MailNoticesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    AwardScenario scenario;

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    String cycleId;
    ProcessInstance nomination;
    ProcessInstance cycle;

    @BeforeEach
    void nominationInScoring() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        cycle = scenario.openCycle(cycleId);
        nomination = scenario.nominationInScoring(aNomination(cycleId).named("王芳"), "STAFF", null);
    }

    @Test
    void eachExpertOfThePanelIsToldOfTheAssignment() throws Exception {
        List<String> experts = scenario.scoringTasks(nomination).stream()
                .map(Task::getAssignee)
                .toList();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(3);
        assertThat(Arrays.stream(mails).map(MailNoticesTest::recipient))
                .containsExactlyInAnyOrderElementsOf(
                        experts.stream().map(e -> e + "@test.award.wuhan").toList());
        assertThat(mails[0].getSubject()).startsWith("【市长质量奖】新的评审任务");
        assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
    }

    @Test
    void theExpertIsRemindedBeforeTheDueDate() throws Exception {
        String expert = scenario.scoringTasks(nomination).get(0).getAssignee();
        smtp.purgeEmailFromAllMailboxes();

        scenario.fireSeatTimer(nomination, Elements.SCORING_REMINDER, expert);

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("【市长质量奖】评分即将到期");
            assertThat(recipient(m)).isEqualTo(expert + "@test.award.wuhan");
        });
    }

    @Test
    void theOfficeIsToldOfAnOverdueTaskAndOfARecusal() throws Exception {
        List<Task> open = scenario.scoringTasks(nomination);
        smtp.purgeEmailFromAllMailboxes();

        scenario.fireSeatTimer(nomination, Elements.SCORING_OVERDUE, open.get(0).getAssignee());
        scenario.recuse(open.get(1), "曾与被推荐人在同一项目组共事");

        List<String> subjects = Arrays.stream(smtp.getReceivedMessages())
                .map(MailNoticesTest::subject)
                .toList();
        assertThat(subjects).anyMatch(s -> s.startsWith("【市长质量奖】评分逾期"));
        assertThat(subjects).anyMatch(s -> s.startsWith("【市长质量奖】专家回避"));
        assertThat(subjects).anyMatch(s -> s.startsWith("【市长质量奖】新的评审任务"));
        assertThat(Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> subject(m).contains("专家回避"))
                        .map(MailNoticesTest::recipient))
                .containsExactly("office@test.award.wuhan");
    }

    @Test
    void theOfficeCommitteeAndApproversAreToldTheResult() throws Exception {
        scenario.scoreAll(nomination, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(nomination)));
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
        smtp.purgeEmailFromAllMailboxes();

        scenario.approve(cycle, List.of(), null);

        List<MimeMessage> results = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).contains("结果公布"))
                .toList();
        List<String> addressed = new ArrayList<>();
        for (MimeMessage m : results) {
            for (var address : m.getRecipients(Message.RecipientType.TO)) {
                addressed.add(address.toString());
            }
        }
        assertThat(addressed)
                .contains("office@test.award.wuhan", "committee1@test.award.wuhan", "approver@test.award.wuhan");
        assertThat(GreenMailUtil.getBody(results.get(0))).isNotBlank();
    }

    @Test
    void theObjectorIsToldHowTheirObjectionWasDecided() throws Exception {
        scenario.scoreAll(nomination, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        long candidate = scenario.nominationId(nomination);
        scenario.proposeWinners(cycle, List.of(candidate));
        ProcessInstance objection = scenario.fileObjectionAs("committee3", cycleId, candidate, "实名甲");
        scenario.investigate(objection, "经核实属实");
        smtp.purgeEmailFromAllMailboxes();

        scenario.ruleOnObjection(objection, "UPHOLD");

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("【市长质量奖】异议处理结果");
            assertThat(recipient(m)).isEqualTo("committee3@test.award.wuhan");
            assertThat(text(m)).contains("经评审委员会表决，异议成立").contains("王芳").contains("表决情况：评审委员会第1轮表决");
        });
    }

    @Test
    void aRecusalAndTheReplacementsSeatStandWhenTheMailServerIsDown() {
        Task leaving = scenario.scoringTasks(nomination).get(0);
        smtp.stop();

        scenario.recuse(leaving, "曾与被推荐人在同一项目组共事");

        assertThat(scenario.scoringTasks(nomination))
                .extracting(Task::getAssignee)
                .hasSize(3)
                .doesNotContain(leaving.getAssignee());
        assertThat(runtime.createIncidentQuery()
                        .processInstanceId(nomination.getId())
                        .count())
                .isZero();
    }

    @Test
    void aReminderTheMailServerRefusesRetriesOnTheBackOffAndEndsAsAnIncident() {
        List<String> experts = scenario.scoringTasks(nomination).stream()
                .map(Task::getAssignee)
                .toList();
        smtp.stop();

        management.executeJob(management
                .createJobQuery()
                .processInstanceId(nomination.getId())
                .activityId(Elements.SCORING_REMINDER)
                .list()
                .get(0)
                .getId());
        Job send = management
                .createJobQuery()
                .processInstanceId(nomination.getId())
                .activityId(Elements.SEND_REMINDER)
                .singleResult();
        for (int attempt = 3; attempt > 0; attempt--) {
            String jobId = send.getId();
            assertThatThrownBy(() -> management.executeJob(jobId))
                    .isInstanceOf(NotificationFailed.class)
                    .hasMessageContaining("邮件未能发送");
            send = management.createJobQuery().jobId(jobId).singleResult();
            assertThat(send.getRetries()).isEqualTo(attempt - 1);
        }

        assertThat(runtime.createIncidentQuery()
                        .processInstanceId(nomination.getId())
                        .singleResult()
                        .getIncidentMessage())
                .contains("邮件未能发送");
        assertThat(scenario.scoringTasks(nomination))
                .extracting(Task::getAssignee)
                .containsExactlyElementsOf(experts);
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
