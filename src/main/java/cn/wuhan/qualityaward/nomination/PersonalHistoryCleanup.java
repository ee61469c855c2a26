package cn.wuhan.qualityaward.nomination;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Removes from history the personal data that versions before {@link PersonalData} kept there: the
 * historic variables of its names (with their details), the variables that named a nominee's failed
 * misconduct rules, and every evaluation of a decision whose inputs are personal data. Runs at every
 * start; once the old history is gone it finds nothing. Several nodes starting together may try the
 * same row: the one that loses only logs it.
 */
@Component
public class PersonalHistoryCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalHistoryCleanup.class);
    /** Variables of earlier versions that said which eligibility rule, misconduct included, failed. */
    static final List<String> FORMER_VARIABLES = List.of("ineligibilityReasons", "eligibilityResult");

    private final HistoryService history;
    private final RepositoryService repository;

    public PersonalHistoryCleanup(HistoryService history, RepositoryService repository) {
        this.history = history;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        int removed = removeKeptPersonalData();
        if (removed > 0) {
            LOG.info(
                    "removed {} historic variables and decision definitions' histories holding personal data", removed);
        }
    }

    /** Returns how many historic variables and decision definitions' histories it removed. */
    public int removeKeptPersonalData() {
        String[] names = Stream.of(
                        PersonalData.START_VARIABLES.stream(),
                        PersonalData.DECISION_INPUTS.stream(),
                        FORMER_VARIABLES.stream())
                .flatMap(s -> s)
                .toArray(String[]::new);
        int removed = 0;
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .variableNameIn(names)
                .includeDeleted()
                .list()) {
            removed += attempt(() -> history.deleteHistoricVariableInstance(variable.getId()), variable.getId());
        }
        for (String key : PersonalData.DECISIONS) {
            for (DecisionDefinition decision : repository
                    .createDecisionDefinitionQuery()
                    .decisionDefinitionKey(key)
                    .list()) {
                if (history.createHistoricDecisionInstanceQuery()
                                .decisionDefinitionId(decision.getId())
                                .count()
                        > 0) {
                    removed += attempt(
                            () -> history.deleteHistoricDecisionInstanceByDefinitionId(decision.getId()),
                            decision.getId());
                }
            }
        }
        return removed;
    }

    private static int attempt(Runnable deletion, String id) {
        try {
            deletion.run();
            return 1;
        } catch (ProcessEngineException e) {
            LOG.warn("could not remove personal data from history ({}), another node may have: {}", id, e.getMessage());
            return 0;
        }
    }
}
