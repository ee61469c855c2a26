package cn.wuhan.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/track-proposal.dmn, rule by rule. */
class TrackProposalDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision proposal;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = TrackProposalDecisionTest.class.getResourceAsStream("/processes/track-proposal.dmn")) {
            proposal = dmn.parseDecision("trackProposal", in);
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"SENIOR, SENIOR_MANAGER", "MIDDLE, MIDDLE_MANAGER", "FRONTLINE, STAFF", "OTHER, OTHER"})
    void eachPositionLevelProposesItsTrack(String level, String track) {
        Object proposed = dmn.evaluateDecisionTable(proposal, Map.of("positionLevel", level))
                .getSingleEntry();
        assertThat(proposed).isEqualTo(track);
    }

    @Test
    void anUnknownLevelProposesNothing() {
        assertThat(dmn.evaluateDecisionTable(proposal, Map.of("positionLevel", "CEO"))
                        .getResultList())
                .isEmpty();
    }
}
