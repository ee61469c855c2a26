package cn.wuhan.qualityaward.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row per measure, one column per database, and the target the measure is held to. */
final class ResultTable {

    private final List<BenchDatabase> databases;
    private final Map<String, String> targets = new LinkedHashMap<>();
    private final Map<String, Map<BenchDatabase, String>> values = new LinkedHashMap<>();

    ResultTable(List<BenchDatabase> databases) {
        this.databases = databases;
    }

    void define(String measure, String target) {
        targets.put(measure, target);
        values.put(measure, new LinkedHashMap<>());
    }

    void put(String measure, BenchDatabase database, String value) {
        if (!values.containsKey(measure)) {
            throw new IllegalArgumentException("undefined measure " + measure);
        }
        values.get(measure).put(database, value);
    }

    String markdown() {
        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("| --- |");
        for (BenchDatabase database : databases) {
            header.append(' ').append(database.label()).append(" |");
            rule.append(" ---: |");
        }
        lines.add(header.append(" target |").toString());
        lines.add(rule.append(" --- |").toString());
        values.forEach((measure, byDatabase) -> {
            StringBuilder row = new StringBuilder("| ").append(measure).append(" |");
            for (BenchDatabase database : databases) {
                row.append(' ').append(byDatabase.getOrDefault(database, "–")).append(" |");
            }
            lines.add(row.append(' ').append(targets.get(measure)).append(" |").toString());
        });
        return String.join("\n", lines) + "\n";
    }
}
