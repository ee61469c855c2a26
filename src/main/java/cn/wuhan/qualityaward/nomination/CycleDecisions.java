package cn.wuhan.qualityaward.nomination;

import static org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which deployed decision table (申报资格审核 {@code eligibility}, 建议评审类别 {@code trackProposal}) a
 * cycle's nominations evaluate. Each table carries as {@code camunda:versionTag} the first cycle year
 * it applies to ({@code "2026"}); a cycle evaluates the table whose tag is the greatest year not after
 * its own year (评选年度), chosen when the cycle opens and kept in {@code cycle_decision_table}: a table
 * deployed later, whatever its tag, changes nothing for a running cycle. A table for the next cycle
 * is deployed with that cycle's year as its tag; a table edited for a cycle is a new table with a new
 * tag (two tables of one key under one tag are refused when evaluated, by the engine and here).
 */
@Component
public class CycleDecisions {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The decision tables a nomination evaluates. */
    static final List<String> DECISIONS = List.of(NominationProcess.ELIGIBILITY_DECISION, "trackProposal");

    private final RepositoryService repository;
    private final NominationService nominations;
    private final CycleCalendar calendar;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;

    public CycleDecisions(
            RepositoryService repository,
            NominationService nominations,
            CycleCalendar calendar,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.nominations = nominations;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * The version tag of decision {@code key} the nomination's cycle evaluates, as {@code
     * camunda:decisionRefVersionTag} needs it. The cycle is the one the award's tables file the
     * nomination under, not a variable the filing sent.
     *
     * @throws IllegalStateException when no table of the key is tagged with a year up to the cycle's
     *     (the step fails and shows as an incident)
     */
    public String tag(long nominationId, String key) {
        return tagOfCycle(nominations.get(nominationId).cycleId(), key);
    }

    /**
     * Fixes the tables the cycle evaluates, when it opens: {@link #DECISIONS}, each by the greatest year
     * tag not after the cycle's year.
     */
    public void fixFor(String cycleId) {
        // in the transaction that opens the cycle: nobody else can reach a cycle not yet committed
        DECISIONS.forEach(key -> {
            if (kept(cycleId, key).isEmpty()) {
                keep(cycleId, key, chooseTag(cycleId, key));
            }
        });
    }

    private void keep(String cycleId, String key, String tag) {
        jdbc.update(
                "insert into cycle_decision_table (cycle_id, decision_key, version_tag) values (?, ?, ?)",
                cycleId,
                key,
                tag);
    }

    /** The tag kept for the cycle, or, for a cycle opened before tags were kept, the one chosen now and kept. */
    private String tagOfCycle(String cycleId, String key) {
        Optional<String> kept = kept(cycleId, key);
        if (kept.isPresent()) {
            return kept.get();
        }
        String chosen = chooseTag(cycleId, key);
        try {
            // its own transaction: a node that loses the race to keep it reads the winner's tag
            new TransactionTemplate(transactions, new DefaultTransactionDefinition(PROPAGATION_REQUIRES_NEW))
                    .executeWithoutResult(status -> keep(cycleId, key, chosen));
        } catch (DuplicateKeyException keptByAnotherNode) {
            // read below
        }
        return kept(cycleId, key).orElse(chosen);
    }

    private Optional<String> kept(String cycleId, String key) {
        return jdbc
                .queryForList(
                        "select version_tag from cycle_decision_table where cycle_id = ? and decision_key = ?",
                        String.class,
                        cycleId,
                        key)
                .stream()
                .findFirst();
    }

    private String chooseTag(String cycleId, String key) {
        int year = calendar.year(cycleId).orElseThrow(() -> new IllegalStateException("no cycle " + cycleId));
        return definitions(key).stream()
                .map(DecisionDefinition::getVersionTag)
                .filter(tag -> tag != null && YEAR.matcher(tag).matches() && Integer.parseInt(tag) <= year)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("no decision table " + key
                        + " is tagged with a year up to " + year + " (cycle " + cycleId + ")"));
    }

    /** The id of the decision definition the nomination's cycle evaluates, for a step that evaluates it in code. */
    public String definitionId(long nominationId, String key) {
        String tag = tag(nominationId, key);
        List<DecisionDefinition> tagged = definitions(key).stream()
                .filter(d -> tag.equals(d.getVersionTag()))
                .toList();
        if (tagged.size() != 1) {
            throw new IllegalStateException(tagged.size() + " decision tables " + key + " are tagged " + tag);
        }
        return tagged.get(0).getId();
    }

    private List<DecisionDefinition> definitions(String key) {
        return SystemAuthority.call(() -> repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .withoutTenantId()
                .list());
    }
}
