package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Which deployed decision table (申报资格审核 {@code eligibility}, 建议评审类别 {@code trackProposal}) a
 * cycle's nominations evaluate. Each table carries as {@code camunda:versionTag} the first cycle year
 * it applies to ({@code "2026"}); a cycle evaluates the table whose tag is the greatest year not after
 * its own year (评选年度). A table for the next cycle is deployed with that cycle's year as its tag and
 * changes nothing for a running cycle of an earlier year; a table edited for a cycle is a new table
 * with a new tag (two tables of one key under one tag are refused when evaluated, by the engine and
 * here).
 */
@Component
public class CycleDecisions {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final RepositoryService repository;
    private final NominationService nominations;
    private final CycleCalendar calendar;

    public CycleDecisions(RepositoryService repository, NominationService nominations, CycleCalendar calendar) {
        this.repository = repository;
        this.nominations = nominations;
        this.calendar = calendar;
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
        String cycleId = nominations.get(nominationId).cycleId();
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
