package cn.wuhan.qualityaward.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History written before the engine withheld personal data still holds it; the cleanup at start
 * removes it and leaves the rest of the history alone. The old rows are written here as the engine
 * wrote them, since the history level no longer lets the engine write them.
 */
@AwardIntegrationTest
class PersonalHistoryCleanupTest {

    @Autowired
    PersonalHistoryCleanup cleanup;

    @Autowired
    HistoryService history;

    @Autowired
    RepositoryService repository;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void personalVariablesAndEligibilityDecisionsKeptByEarlierVersionsAreRemovedAndNothingElse() {
        String processInstanceId = "old-" + UUID.randomUUID();
        String idNumber = oldVariable(processInstanceId, "idNumber", "42011119770505002X");
        String misconduct = oldVariable(processInstanceId, "yearsSinceIllegalConduct", null);
        String reasons = oldVariable(processInstanceId, "ineligibilityReasons", "近3年内有违法行为或违纪行为");
        String name = oldVariable(processInstanceId, "nomineeName", "王芳");
        String decision = oldEligibilityDecision(processInstanceId);

        cleanup.removeKeptPersonalData();

        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId)
                        .includeDeleted()
                        .list())
                .extracting(v -> v.getId())
                .containsExactly(name);
        assertThat(jdbc.queryForList(
                        "select VAR_INST_ID_ from ACT_HI_DETAIL where PROC_INST_ID_ = ?",
                        String.class,
                        processInstanceId))
                .containsExactly(name)
                .doesNotContain(idNumber, misconduct, reasons);
        assertThat(history.createHistoricDecisionInstanceQuery()
                        .decisionInstanceId(decision)
                        .count())
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from ACT_HI_DEC_IN where DEC_INST_ID_ = ?", Integer.class, decision))
                .isZero();
    }

    private String oldVariable(String processInstanceId, String name, String text) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, REV_, TEXT_, LONG_, STATE_)"
                        + " values (?, 'nomination', ?, ?, ?, ?, ?, 0, ?, ?, 'DELETED')",
                id,
                processInstanceId,
                processInstanceId,
                name,
                text == null ? "integer" : "string",
                now,
                text,
                text == null ? 1L : null);
        jdbc.update(
                "insert into ACT_HI_DETAIL (ID_, TYPE_, TIME_, NAME_, PROC_DEF_KEY_, PROC_INST_ID_, EXECUTION_ID_, VAR_INST_ID_, VAR_TYPE_, REV_, TEXT_, LONG_)"
                        + " values (?, 'VariableUpdate', ?, ?, 'nomination', ?, ?, ?, ?, 0, ?, ?)",
                UUID.randomUUID().toString(),
                now,
                name,
                processInstanceId,
                processInstanceId,
                id,
                text == null ? "integer" : "string",
                text,
                text == null ? 1L : null);
        return id;
    }

    private String oldEligibilityDecision(String processInstanceId) {
        String definitionId = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey("eligibility")
                .latestVersion()
                .singleResult()
                .getId();
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "insert into ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, DEC_DEF_NAME_, PROC_DEF_KEY_, PROC_INST_ID_, EVAL_TIME_)"
                        + " values (?, ?, 'eligibility', '申报资格审核', 'nomination', ?, ?)",
                id,
                definitionId,
                processInstanceId,
                Timestamp.from(Instant.now()));
        jdbc.update(
                "insert into ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, VAR_TYPE_, LONG_) values (?, ?, 'input_yearsSinceIllegalConduct', 'integer', 1)",
                UUID.randomUUID().toString(),
                id);
        return id;
    }
}
