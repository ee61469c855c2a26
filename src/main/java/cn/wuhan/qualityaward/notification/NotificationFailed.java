package cn.wuhan.qualityaward.notification;

/** A notice could not be handed to the mail server; the step that sends it fails and retries. */
public class NotificationFailed extends RuntimeException {

    public NotificationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
