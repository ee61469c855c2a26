package cn.wuhan.qualityaward.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/eligibility.dmn, rule by rule: each breaks alone and gives its own reason. */
class EligibilityDecisionTest {

    private static DmnEngine dmn;
    private static DmnDecision eligibility;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = EligibilityDecisionTest.class.getResourceAsStream("/processes/eligibility.dmn")) {
            eligibility = dmn.parseDecision("eligibility", in);
        }
    }

    @Test
    void aNomineeWhoMeetsEveryRuleFailsNone() {
        assertThat(failures(eligibleFacts())).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({
        "qualityWorkYears, 4, QUALITY_WORK_YEARS, 在武汉从事质量或质量相关工作不满5年",
        "yearsSinceMajorIncident, 2, MAJOR_INCIDENT, 近3年内发生过本人负有责任的重大质量、安全、环境或公共卫生事件",
        "yearsSinceIllegalConduct, 0, ILLEGAL_CONDUCT, 近3年内有违法行为或违纪行为",
        "yearsSinceBadCredit, 1, SERIOUS_BAD_CREDIT, 近3年内有严重失信记录",
        "yearsSinceAwardFraud, 2, AWARD_FRAUD, 近3年内在质量奖申报中有弄虚作假行为",
        "yearsSinceLastAward, 4, AWARDED_WITHIN_5_YEARS, 获得本奖项未满5年，不能再次申报"
    })
    void eachRuleFailsAloneWithItsReason(String input, int value, String rule, String reason) {
        Map<String, Object> facts = eligibleFacts();
        facts.put(input, value);

        assertThat(failures(facts)).containsExactly(Map.of("failedRule", rule, "reason", reason));
    }

    @ParameterizedTest(name = "{0} = {1} passes")
    @CsvSource({
        "qualityWorkYears, 5",
        "yearsSinceMajorIncident, 3",
        "yearsSinceIllegalConduct, 3",
        "yearsSinceBadCredit, 3",
        "yearsSinceAwardFraud, 3",
        "yearsSinceLastAward, 5"
    })
    void theThresholdItselfPasses(String input, int value) {
        Map<String, Object> facts = eligibleFacts();
        facts.put(input, value);

        assertThat(failures(facts)).isEmpty();
    }

    @Test
    void everyFailedRuleIsReportedNotOnlyTheFirst() {
        Map<String, Object> facts = eligibleFacts();
        facts.put("qualityWorkYears", 1);
        facts.put("yearsSinceBadCredit", 0);
        facts.put("yearsSinceLastAward", 1);

        assertThat(failures(facts))
                .extracting(row -> row.get("failedRule"))
                .containsExactly("QUALITY_WORK_YEARS", "SERIOUS_BAD_CREDIT", "AWARDED_WITHIN_5_YEARS");
    }

    private static List<Map<String, Object>> failures(Map<String, Object> facts) {
        return dmn.evaluateDecisionTable(eligibility, facts).getResultList();
    }

    /** Twelve years of quality work, no incident, never awarded. */
    private static Map<String, Object> eligibleFacts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("qualityWorkYears", 12);
        facts.put("yearsSinceMajorIncident", null);
        facts.put("yearsSinceIllegalConduct", null);
        facts.put("yearsSinceBadCredit", null);
        facts.put("yearsSinceAwardFraud", null);
        facts.put("yearsSinceLastAward", null);
        return facts;
    }
}
