package cn.wuhan.qualityaward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpertLeniencyTest {

    @Test
    void measuresEachExpertAgainstTheMeanOfTheirOwnPanels() {
        List<ExpertLeniency> leniency = ExpertLeniency.of(
                List.of(panel("generous", 90.0, "strict", 70.0, "fair", 80.0), panel("generous", 85.0, "fair", 75.0)));

        assertThat(leniency).extracting(ExpertLeniency::expertId).containsExactly("generous", "fair", "strict");
        ExpertLeniency generous = leniency.get(0);
        assertThat(generous.sheets()).isEqualTo(2);
        assertThat(generous.meanDeviation()).isCloseTo((10.0 + 5.0) / 2, within(1e-9));
        ExpertLeniency fair = leniency.get(1);
        assertThat(fair.meanDeviation()).isCloseTo((0.0 - 5.0) / 2, within(1e-9));
        assertThat(fair.meanAbsoluteDeviation()).isCloseTo(2.5, within(1e-9));
        assertThat(leniency.get(2).meanDeviation()).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void aPanelOfOneSaysNothingAboutLeniency() {
        assertThat(ExpertLeniency.of(List.of(panel("alone", 95.0)))).isEmpty();
    }

    private static ExpertLeniency.Panel panel(Object... expertsAndTotals) {
        Map<String, Double> totals = new LinkedHashMap<>();
        for (int i = 0; i < expertsAndTotals.length; i += 2) {
            totals.put((String) expertsAndTotals[i], (Double) expertsAndTotals[i + 1]);
        }
        return new ExpertLeniency.Panel(totals);
    }
}
