package cn.wuhan.qualityaward.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a refused request must leave as it was: the content of every award table, the running
 * instances, the open tasks and every runtime variable. Two snapshots are equal when nothing changed.
 */
public record AwardDataSnapshot(
        Map<String, List<String>> tables, List<String> instances, List<String> openTasks, List<String> variables) {

    static final List<String> AWARD_TABLES = List.of(
            "award_cycle",
            "nomination",
            "claimed_condition",
            "nomination_document",
            "nomination_decision",
            "panel_member",
            "expert_profile",
            "expert_relationship",
            "score_sheet",
            "score_item",
            "moderation",
            "committee_ballot",
            "committee_attendance",
            "objection",
            "objection_round",
            "objection_round_member",
            "objection_vote",
            "cycle_decision",
            "voting_round_member",
            "voting_round_candidate");

    public static AwardDataSnapshot take(JdbcTemplate jdbc, ProcessEngine engine) {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : AWARD_TABLES) {
            tables.put(
                    table,
                    jdbc.queryForList("select * from " + table).stream()
                            .map(AwardDataSnapshot::row)
                            .sorted()
                            .toList());
        }
        List<String> instances = engine.getRuntimeService().createProcessInstanceQuery().list().stream()
                .map(i -> i.getId() + "|" + i.getBusinessKey() + "|" + i.isSuspended())
                .sorted()
                .toList();
        List<String> openTasks = engine.getTaskService().createTaskQuery().list().stream()
                .map(t -> t.getId() + "|" + t.getTaskDefinitionKey() + "|" + t.getAssignee() + "|" + t.getDueDate())
                .sorted()
                .toList();
        List<String> variables =
                engine
                        .getRuntimeService()
                        .createVariableInstanceQuery()
                        .disableCustomObjectDeserialization()
                        .list()
                        .stream()
                        .map(AwardDataSnapshot::variable)
                        .sorted()
                        .toList();
        return new AwardDataSnapshot(tables, instances, openTasks, variables);
    }

    /** Row counts only, for a readable failure message. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        tables.forEach((table, rows) -> counts.put(table, rows.size()));
        return counts;
    }

    private static String row(Map<String, Object> columns) {
        return columns.entrySet().stream()
                .map(c -> c.getKey() + "="
                        + (c.getValue() instanceof byte[] bytes ? "bytes#" + Arrays.hashCode(bytes) : c.getValue()))
                .collect(Collectors.joining(","));
    }

    private static String variable(VariableInstance v) {
        TypedValue typed = v.getTypedValue();
        Object value =
                typed instanceof SerializableValue serializable ? serializable.getValueSerialized() : typed.getValue();
        if (value instanceof byte[] bytes) {
            value = "bytes#" + Arrays.hashCode(bytes);
        }
        return v.getExecutionId() + "|" + v.getTaskId() + "|" + v.getName() + "=" + value;
    }
}
