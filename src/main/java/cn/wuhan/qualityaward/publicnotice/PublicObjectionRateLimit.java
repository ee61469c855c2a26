package cn.wuhan.qualityaward.publicnotice;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * At most {@code rateLimit} objections per client address in a fixed window that opens with the
 * address's first attempt. Every attempt counts, refused ones too: the refusals (a duplicate's 409
 * above all) are what someone probing ID numbers would collect. Kept in memory on each node (Caffeine),
 * so N nodes allow up to N times the limit; a restart forgets it.
 */
@Component
public class PublicObjectionRateLimit {

    private final int limit;
    private final long windowSeconds;
    private final Cache<String, AtomicInteger> attempts;

    public PublicObjectionRateLimit(PublicObjectionProperties properties) {
        this.limit = properties.rateLimit();
        this.windowSeconds = properties.rateWindow().toSeconds();
        this.attempts = Caffeine.newBuilder()
                .expireAfterWrite(properties.rateWindow())
                .maximumSize(100_000)
                .build();
    }

    /** Counts an attempt from this address; false once the address has used up its window. */
    public boolean tryAcquire(String address) {
        return attempts.get(address, a -> new AtomicInteger()).incrementAndGet() <= limit;
    }

    public int limit() {
        return limit;
    }

    /** The longest a refused address waits, for {@code Retry-After}. */
    public long windowSeconds() {
        return windowSeconds;
    }

    /** Opens a fresh window for the address (tests, and an administrator's relief for a shared address). */
    public void forget(String address) {
        attempts.invalidate(address);
    }
}
