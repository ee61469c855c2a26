package cn.wuhan.qualityaward.notification;

import java.util.Collection;

/** Tells people something by e-mail (or, in the demo, in the log). */
public interface Notifier {

    void toUsers(Collection<String> userIds, String subject, String body);

    void toGroup(String groupId, String subject, String body);
}
