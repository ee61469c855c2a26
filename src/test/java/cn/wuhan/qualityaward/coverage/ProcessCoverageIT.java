package cn.wuhan.qualityaward.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs after the unit and process tests (failsafe, in {@code verify}) and reads the coverage they
 * reported: each process's own test class passes every flow node and every sequence flow.
 */
class ProcessCoverageIT {

    private static final Path REPORTS = Path.of("target", "process-test-coverage");

    @ParameterizedTest(name = "{1} cover all of {0}")
    @CsvSource({
        NominationProcess.KEY
                + ", cn.wuhan.qualityaward.nomination.NominationProcessTest;cn.wuhan.qualityaward.panel.PanelProcessTest",
        AwardCycleProcess.KEY
                + ", cn.wuhan.qualityaward.cycle.AwardCycleProcessTest;cn.wuhan.qualityaward.notice.ObjectionProcessTest",
        ObjectionProcess.KEY + ", cn.wuhan.qualityaward.notice.ObjectionProcessTest"
    })
    void theProcessTestsCoverEveryFlowNodeAndSequenceFlow(String processKey, String testClasses) throws IOException {
        int total = -1;
        Set<String> covered = new HashSet<>();
        for (String testClass : testClasses.split(";")) {
            JsonNode report = new ObjectMapper()
                    .readTree(REPORTS.resolve(testClass).resolve("report.json").toFile());
            total = Math.max(total, totalOf(report, processKey));
            covered.addAll(coveredIn(report, processKey));
        }

        assertThat(total).as("elements of " + processKey).isPositive();
        assertThat(covered).as("covered elements of " + processKey).hasSize(total);
    }

    private static int totalOf(JsonNode report, String processKey) {
        int total = -1;
        for (JsonNode model : report.get("models")) {
            if (model.get("key").asText().equals(processKey)) {
                total = model.get("totalElementCount").asInt();
            }
        }
        return total;
    }

    private static Set<String> coveredIn(JsonNode report, String processKey) {
        Set<String> covered = new HashSet<>();
        for (JsonNode suite : report.get("suites")) {
            for (JsonNode run : suite.get("runs")) {
                for (JsonNode event : run.get("events")) {
                    if (event.get("modelKey").asText().equals(processKey)) {
                        covered.add(event.get("definitionKey").asText());
                    }
                }
            }
        }
        return covered;
    }
}
