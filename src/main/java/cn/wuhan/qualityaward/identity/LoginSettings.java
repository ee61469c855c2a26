package cn.wuhan.qualityaward.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code award.login.*}: how many wrong passwords one client address may send within a window
 * before its logins are answered 429 until the window ends. Read on every login, so a change takes
 * effect at once.
 */
@ConfigurationProperties("award.login")
public class LoginSettings {

    /** Wrong passwords from one address within {@link #window} before that address is held off; at least 1. */
    private volatile int maxFailures = 10;

    /** Counted from an address's first wrong password; once it ends the address starts afresh. */
    private volatile Duration window = Duration.ofMinutes(10);

    public int getMaxFailures() {
        return maxFailures;
    }

    public void setMaxFailures(int maxFailures) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("award.login.max-failures must be at least 1");
        }
        this.maxFailures = maxFailures;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("award.login.window must be a positive ISO-8601 duration");
        }
        this.window = window;
    }
}
