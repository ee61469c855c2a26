package cn.wuhan.qualityaward.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The score task's form version is resolved each time a task list shows the task (issue #18: one
 * "my tasks" page read the nomination and {@code cycle_form} once per task on it). Both never change
 * once committed: a nomination stays in its cycle, and {@code cycle_form} is only ever inserted into.
 */
class CycleScoreFormsTest {

    private final CriteriaService criteria = mock(CriteriaService.class);
    private final NominationService nominations = mock(NominationService.class);
    private final CycleScoreForms forms = new CycleScoreForms(criteria, nominations, mock(RepositoryService.class));

    @Test
    void aFormVersionOnceReadIsNotReadFromTheTablesAgain() {
        nominationInCycle(7, "2026");
        when(criteria.cycleFormVersion("2026", "score-staff")).thenReturn(Optional.of(3));

        assertThat(forms.version(7, "score-staff")).isEqualTo("3");
        assertThat(forms.version(7, "score-staff")).isEqualTo("3");

        verify(nominations, times(1)).get(7);
        verify(criteria, times(1)).cycleFormVersion("2026", "score-staff");
    }

    @Test
    void aFormVersionReadInATransactionThatDoesNotCommitIsReadAgain() {
        nominationInCycle(7, "2026");
        when(criteria.cycleFormVersion("2026", "score-staff")).thenReturn(Optional.of(3));

        TransactionSynchronizationManager.initSynchronization();
        try {
            assertThat(forms.version(7, "score-staff")).isEqualTo("3");
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(forms.version(7, "score-staff")).isEqualTo("3");

        verify(criteria, times(2)).cycleFormVersion("2026", "score-staff");
    }

    private void nominationInCycle(long id, String cycleId) {
        Nomination nomination = mock(Nomination.class);
        when(nomination.cycleId()).thenReturn(cycleId);
        when(nominations.get(id)).thenReturn(nomination);
    }
}
