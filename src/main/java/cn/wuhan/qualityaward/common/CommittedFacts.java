package cn.wuhan.qualityaward.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Facts of the award's tables that never change once committed (a nomination's cycle, the criteria
 * version a cycle is pinned to), kept on this node so that a step asked for them again does not
 * read them again. A value read in a transaction is remembered only once that transaction commits
 * (at once outside one): a value read in a transaction that rolls back, its own insert included, is
 * never remembered. Each node keeps its own; nothing is shared or invalidated, which is why only
 * facts that cannot change belong here.
 *
 * @param <K> the key, e.g. a cycle id
 * @param <V> the fact
 */
public final class CommittedFacts<K, V> {

    private final Cache<K, V> remembered;

    /** @param maximumSize how many facts this node keeps at most (the least used are dropped first) */
    public CommittedFacts(long maximumSize) {
        this.remembered = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    /** The remembered fact, or the one {@code read} returns, remembered once the transaction commits. */
    public V get(K key, Function<K, V> read) {
        V value = remembered.getIfPresent(key);
        if (value != null) {
            return value;
        }
        value = read.apply(key);
        remember(key, value);
        return value;
    }

    /** Remembers a fact read elsewhere, once the transaction commits. */
    public void remember(K key, V value) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            remembered.put(key, value);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                remembered.put(key, value);
            }
        });
    }

    /** The remembered fact, or null. */
    public V getIfRemembered(K key) {
        return remembered.getIfPresent(key);
    }
}
