package cn.wuhan.qualityaward.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.Track;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
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

    @Test
    void aTasksFormIsTheScoreSheetOfItsNominationsTrackInItsCyclesVersionFromTheTablesAlone() {
        filed("2026-00007", "2026", Track.MIDDLE_MANAGER, null);
        when(criteria.cycleFormVersion("2026", "score-middle-manager")).thenReturn(Optional.of(4));
        DelegateTask task = scoreTask("instance-7", "2026-00007");

        assertThat(forms.formKey(task)).isEqualTo("score-middle-manager");
        assertThat(forms.version(task)).isEqualTo("4");

        // nothing but the instance's id and business key is asked of the engine
        verify(task, never()).getVariable(anyString());
        verify(task, never()).getVariables();
    }

    @Test
    void aNomineeOfOtherStaffIsScoredOnTheSheetOfTheReferenceTrack() {
        filed("2026-00008", "2026", Track.OTHER, Track.STAFF);
        when(criteria.cycleFormVersion("2026", "score-staff")).thenReturn(Optional.of(2));

        assertThat(forms.formKey(scoreTask("instance-8", "2026-00008"))).isEqualTo("score-staff");
    }

    @Test
    void anInstancesFormOnceReadIsNotReadFromTheTablesAgain() {
        filed("2026-00007", "2026", Track.STAFF, null);
        when(criteria.cycleFormVersion("2026", "score-staff")).thenReturn(Optional.of(3));

        forms.formKey(scoreTask("instance-7", "2026-00007"));
        forms.version(scoreTask("instance-7", "2026-00007"));
        forms.version(scoreTask("instance-7", "2026-00007"));

        verify(nominations, times(1)).byReferenceNo("2026-00007");
        verify(criteria, times(1)).cycleFormVersion("2026", "score-staff");
    }

    @Test
    void anInstanceThatFilesNoNominationHasNoScoreForm() {
        when(nominations.byReferenceNo("2026-00009")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> forms.formKey(scoreTask("instance-9", "2026-00009")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2026-00009");
    }

    private void filed(String referenceNo, String cycleId, Track track, Track referenceTrack) {
        Nomination nomination = new Nomination(
                7,
                cycleId,
                referenceNo,
                "王芳",
                "武汉某公司",
                "质量部",
                "武汉市江岸区质量强区办",
                "",
                track,
                referenceTrack,
                NominationStatus.SCORING,
                null);
        when(nominations.byReferenceNo(referenceNo)).thenReturn(Optional.of(nomination));
    }

    private static DelegateTask scoreTask(String instanceId, String businessKey) {
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(task.getProcessInstanceId()).thenReturn(instanceId);
        when(task.getExecution()).thenReturn(execution);
        when(execution.getProcessBusinessKey()).thenReturn(businessKey);
        return task;
    }

    private void nominationInCycle(long id, String cycleId) {
        Nomination nomination = mock(Nomination.class);
        when(nomination.cycleId()).thenReturn(cycleId);
        when(nominations.get(id)).thenReturn(nomination);
    }
}
