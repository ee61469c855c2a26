package cn.wuhan.qualityaward.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords per client address (HTTP Basic on /api and /engine-rest, and the web apps'
 * login form together). Once an address has sent {@code award.login.max-failures} of them within
 * {@code award.login.window}, counted from its first, its logins are held off until that window
 * ends, without asking the engine, so a guesser cannot lock anyone out and learns nothing.
 *
 * <p>The count lives in this node's memory: behind a load balancer each node counts on its own, and
 * a restart forgets it. At most {@value #MAX_ADDRESSES} addresses are kept, so a caller who changes
 * address on every request cannot exhaust the memory (the oldest are dropped first).
 */
@Component
public class LoginThrottle {

    static final int MAX_ADDRESSES = 100_000;

    private final LoginSettings settings;
    private final Cache<String, AtomicInteger> failures;

    public LoginThrottle(LoginSettings settings) {
        this.settings = settings;
        // an address's count expires one window after its first wrong password, whatever came later
        this.failures = Caffeine.newBuilder()
                .maximumSize(MAX_ADDRESSES)
                .expireAfter(Expiry.creating((String address, AtomicInteger count) -> settings.getWindow()))
                .build();
    }

    /** How long logins from this address are still held off, or empty when it may try. */
    public Optional<Duration> heldOff(String address) {
        AtomicInteger count = failures.getIfPresent(address);
        if (count == null || count.get() < settings.getMaxFailures()) {
            return Optional.empty();
        }
        return failures.policy()
                .expireVariably()
                .flatMap(expiry -> expiry.getExpiresAfter(address))
                .or(() -> Optional.of(Duration.ZERO));
    }

    /** Counts one wrong password from this address. */
    public void failed(String address) {
        failures.get(address, any -> new AtomicInteger()).incrementAndGet();
    }

    /** Forgets every count, e.g. after an administrator has checked the log. */
    public void reset() {
        failures.invalidateAll();
    }
}
