package cn.wuhan.qualityaward.engine;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the history level leaves out because nobody reads it, and what it still keeps. */
@AwardIntegrationTest
class UnreadHistoryTest {

    @Autowired
    AwardScenario scenario;

    @Autowired
    HistoryService history;

    ProcessInstance nomination;

    @BeforeEach
    void aNominationIsInScoring() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
    }

    @Test
    void theMultiInstanceCountersLeaveNoHistory() {
        assertThat(variables())
                .extracting(HistoricVariableInstance::getName)
                .doesNotContainAnyElementsOf(BlindScoringHistoryLevel.MULTI_INSTANCE_COUNTERS);
        assertThat(updates())
                .extracting(HistoricVariableUpdate::getVariableName)
                .doesNotContainAnyElementsOf(BlindScoringHistoryLevel.MULTI_INSTANCE_COUNTERS);
    }

    @Test
    void theCardsCopiesOnEachTaskLeaveNoHistoryWhileTheInstancesOwnVariablesKeepTheirs() {
        assertThat(variables())
                .filteredOn(v -> TaskCard.VARIABLES.contains(v.getName()))
                .extracting(HistoricVariableInstance::getTaskId)
                .containsOnlyNulls();
        assertThat(updates())
                .filteredOn(d -> TaskCard.VARIABLES.contains(d.getVariableName()))
                .extracting(HistoricDetail::getTaskId)
                .containsOnlyNulls();
        assertThat(variables())
                .extracting(HistoricVariableInstance::getName)
                .contains("nomineeName", "referenceNo", "trackLabel", "expert", "seatDueDate");
    }

    @Test
    void theFlagsAGatewayOrTimerReadsInTheSameStepAreNeverStored() {
        assertThat(variables())
                .extracting(HistoricVariableInstance::getName)
                .doesNotContain("eligible", "formalReviewOutcome", "recused", "seatReminderDate")
                .contains("seatDueDate");
        assertThat(scenario.scoringTasks(nomination)).as("seats prepared").isNotEmpty();
    }

    private List<HistoricVariableInstance> variables() {
        return history.createHistoricVariableInstanceQuery()
                .processInstanceId(nomination.getId())
                .list();
    }

    private List<HistoricVariableUpdate> updates() {
        return history
                .createHistoricDetailQuery()
                .processInstanceId(nomination.getId())
                .variableUpdates()
                .list()
                .stream()
                .map(HistoricVariableUpdate.class::cast)
                .toList();
    }
}
