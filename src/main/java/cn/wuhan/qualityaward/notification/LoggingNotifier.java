package cn.wuhan.qualityaward.notification;

import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Without an SMTP server (the demo), notices go to the log instead. */
@Component
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
public class LoggingNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifier.class);

    @Override
    public void toUsers(Collection<String> userIds, String subject, String body) {
        LOG.info("【通知 {}】{}：{}", userIds, subject, body);
    }

    @Override
    public void toGroup(String groupId, String subject, String body) {
        LOG.info("【通知 {} 组】{}：{}", groupId, subject, body);
    }
}
