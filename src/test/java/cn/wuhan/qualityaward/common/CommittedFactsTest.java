package cn.wuhan.qualityaward.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CommittedFactsTest {

    final CommittedFacts<String, String> facts = new CommittedFacts<>(10);
    final AtomicInteger reads = new AtomicInteger();

    @AfterEach
    void endTheTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aFactReadOutsideATransactionIsReadOnce() {
        assertThat(facts.get("2026", this::read)).isEqualTo("fact of 2026");
        assertThat(facts.get("2026", this::read)).isEqualTo("fact of 2026");

        assertThat(reads).hasValue(1);
    }

    @Test
    void aFactReadInATransactionIsRememberedOnlyOnceItCommits() {
        TransactionSynchronizationManager.initSynchronization();
        facts.get("2026", this::read);
        assertThat(facts.getIfRemembered("2026")).isNull();

        end(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(facts.getIfRemembered("2026")).isEqualTo("fact of 2026");
    }

    @Test
    void aFactReadInATransactionThatRollsBackIsNeverRemembered() {
        TransactionSynchronizationManager.initSynchronization();
        facts.get("2026", this::read);

        end(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(facts.getIfRemembered("2026")).isNull();
        facts.get("2026", this::read);
        assertThat(reads).hasValue(2);
    }

    private String read(String key) {
        reads.incrementAndGet();
        return "fact of " + key;
    }

    private static void end(int status) {
        var synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        for (TransactionSynchronization s : synchronizations) {
            if (status == TransactionSynchronization.STATUS_COMMITTED) {
                s.afterCommit();
            }
            s.afterCompletion(status);
        }
    }
}
