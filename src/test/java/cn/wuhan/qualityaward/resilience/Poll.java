package cn.wuhan.qualityaward.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waits for something the application does on its own, checking often, failing after a timeout. */
final class Poll {

    private static final Duration EVERY = Duration.ofMillis(250);

    private Poll() {}

    /** The first non-null answer of {@code probe}; a probe that throws counts as "not yet". */
    static <T> T until(String what, Duration timeout, Supplier<T> probe) {
        Instant deadline = Instant.now().plus(timeout);
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                T answer = probe.get();
                if (answer != null) {
                    return answer;
                }
            } catch (RuntimeException notYet) {
                last = notYet;
            }
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
        throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what, last);
    }

    static void untilTrue(String what, Duration timeout, Supplier<Boolean> probe) {
        until(what, timeout, () -> Boolean.TRUE.equals(probe.get()) ? Boolean.TRUE : null);
    }
}
