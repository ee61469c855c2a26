package cn.wuhan.qualityaward.notification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notices through the SMTP server of {@code spring.mail.*}, to the e-mail addresses kept in
 * Camunda's users. A mail that cannot be sent fails with {@link NotificationFailed}: the steps that
 * send notices run as jobs of their own, so the job retries and ends as an incident.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
public class MailNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);

    private final JavaMailSender mail;
    private final IdentityService identity;
    private final String from;

    public MailNotifier(
            JavaMailSender mail,
            IdentityService identity,
            @Value("${award.mail.from:award-office@wuhan.gov.cn}") String from) {
        this.mail = mail;
        this.identity = identity;
        this.from = from;
    }

    @Override
    public void toUsers(Collection<String> userIds, String subject, String body) {
        List<String> addresses = userIds.isEmpty()
                ? List.of()
                : identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
                        .map(User::getEmail)
                        .filter(Objects::nonNull)
                        .filter(a -> !a.isBlank())
                        .toList();
        send(addresses, subject, body);
    }

    @Override
    public void toGroup(String groupId, String subject, String body) {
        toUsers(
                identity.createUserQuery().memberOfGroup(groupId).list().stream()
                        .map(User::getId)
                        .toList(),
                subject,
                body);
    }

    private void send(List<String> addresses, String subject, String body) {
        if (addresses.isEmpty()) {
            LOG.warn("通知无人可收（无电子邮箱）：{}", subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
        } catch (MailException e) {
            throw new NotificationFailed("邮件未能发送：" + subject, e);
        }
    }
}
