package cn.wuhan.qualityaward.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How lenient each expert is: the mean of (their total − their panel's mean total) over every
 * nominee they scored. Positive marks more generously than their panels, negative more strictly.
 */
public record ExpertLeniency(String expertId, int sheets, double meanDeviation, double meanAbsoluteDeviation) {

    /** One nominee's panel: the total each expert gave. */
    public record Panel(Map<String, Double> totalsByExpert) {}

    /** Most lenient first. */
    public static List<ExpertLeniency> of(List<Panel> panels) {
        Map<String, List<Double>> deviations = new LinkedHashMap<>();
        for (Panel panel : panels) {
            if (panel.totalsByExpert().size() < 2) {
                continue;
            }
            double mean = panel.totalsByExpert().values().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            panel.totalsByExpert()
                    .forEach((expert, total) -> deviations
                            .computeIfAbsent(expert, e -> new ArrayList<>())
                            .add(total - mean));
        }
        return deviations.entrySet().stream()
                .map(e -> new ExpertLeniency(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElseThrow(),
                        e.getValue().stream().mapToDouble(Math::abs).average().orElseThrow()))
                .sorted(Comparator.comparingDouble(ExpertLeniency::meanDeviation)
                        .reversed()
                        .thenComparing(ExpertLeniency::expertId))
                .toList();
    }
}
