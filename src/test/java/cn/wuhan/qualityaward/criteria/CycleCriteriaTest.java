package cn.wuhan.qualityaward.criteria;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.report.ScoreDossierService;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.RevisedCriteria;
import cn.wuhan.qualityaward.support.ScoreSheetBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A cycle is scored by the criteria version it was pinned to when it started (issue 14): two cycles
 * run at once on two versions, each expert sees and is checked against the sheet of their own
 * cycle's version, and neither a version published later nor a form deployed later changes a
 * running cycle.
 *
 * <p>The revised version ({@link RevisedCriteria}) differs from the shipped one in the first item of
 * 政治素质: its text is changed and half a point moves from it to the second item (1 + 1 becomes 0.5 +
 * 1.5).
 */
@AwardIntegrationTest
class CycleCriteriaTest {

    private static final String SHIPPED_TEXT = RevisedCriteria.shippedText();

    @Autowired
    AwardScenario scenario;

    @Autowired
    CriteriaService criteria;

    @Autowired
    NominationService nominations;

    @Autowired
    ScoreDossierService dossiers;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    TaskService tasks;

    @Autowired
    TestRestTemplate http;

    /** Published in a test; retired after it, so that cycles of other tests never choose it. */
    private final List<Long> published = new ArrayList<>();

    private long revised;

    @BeforeEach
    void aRevisedVersionIsPublished() {
        scenario.ensureUsers(5);
        revised = publish("2031 修订", RevisedCriteria.revisedRubric());
    }

    @AfterEach
    void retireWhatWasPublished() {
        published.forEach(criteria::retire);
    }

    @Test
    void twoCyclesOnTwoVersionsAreEachScoredCheckedAndReportedByTheirOwnVersion() {
        String shippedCycle = openCycle(1L);
        String revisedCycle = openCycle(revised);
        ProcessInstance onShipped = scenario.nominationInScoring(aNomination(shippedCycle), "STAFF", null);
        ProcessInstance onRevised = scenario.nominationInScoring(aNomination(revisedCycle), "STAFF", null);

        assertThat(criteria.versionOf(shippedCycle))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(1));
        assertThat(criteria.versionOf(revisedCycle))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(revised));

        // each expert's form, as Tasklist loads it, is the sheet of the version of the expert's cycle
        Task shippedTask = scenario.scoringTasks(onShipped).get(0);
        Task revisedTask = scenario.scoringTasks(onRevised).get(0);
        assertThat(deployedForm(shippedTask))
                .contains(SHIPPED_TEXT + "（1分）")
                .doesNotContain(RevisedCriteria.REVISED_TEXT);
        assertThat(deployedForm(revisedTask))
                .contains(RevisedCriteria.REVISED_TEXT + "（0.5分）")
                .contains("（1.5分）")
                .doesNotContain(SHIPPED_TEXT);

        // and the server checks each sheet against that version: 1.5 points fit only the revised item
        Map<String, Object> oneAndAHalfOnTheSecondItem = fullMarks()
                .withItem("political_1", new BigDecimal("0.5"))
                .withItem("political_2", new BigDecimal("1.5"))
                .variables();
        ResponseEntity<String> refused = submit(shippedTask, oneAndAHalfOnTheSecondItem);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("的得分须在0到1分之间");
        ResponseEntity<String> fullOnTheRevisedFirstItem =
                submit(revisedTask, fullMarks().variables());
        assertThat(fullOnTheRevisedFirstItem.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fullOnTheRevisedFirstItem.getBody()).contains("的得分须在0到0.5分之间");
        assertThat(submit(revisedTask, oneAndAHalfOnTheSecondItem).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submit(shippedTask, fullMarks().variables()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // the experts of both cycles finish; each nomination is aggregated and reported by its version
        scenario.scoreAll(onShipped, 0.9);
        scenario.scoreAll(onRevised, 0.9);
        long shippedId = scenario.nominationId(onShipped);
        long revisedId = scenario.nominationId(onRevised);
        assertThat(nominations.get(shippedId).status()).isEqualTo(NominationStatus.EVALUATED);
        assertThat(nominations.get(revisedId).status()).isEqualTo(NominationStatus.EVALUATED);
        RubricItem shippedFirst =
                item(dossiers.dossier(shippedId, true).rubric().items(), "political_1");
        assertThat(shippedFirst.text()).isEqualTo(SHIPPED_TEXT);
        assertThat(shippedFirst.points()).isEqualByComparingTo("1");
        assertThat(item(dossiers.dossier(revisedId, true).rubric().items(), "political_1")
                        .text())
                .isEqualTo(RevisedCriteria.REVISED_TEXT);
        assertThat(item(dossiers.dossier(revisedId, true).rubric().items(), "political_2")
                        .points())
                .isEqualByComparingTo("1.5");
        assertThat(dossiers.dossier(revisedId, true).sheets())
                .anySatisfy(
                        sheet -> assertThat(sheet.items().get("political_2")).isEqualByComparingTo("1.5"));
    }

    @Test
    void aCycleWithoutAChosenVersionIsPinnedToTheNewestPublishedAndKeepsItWhenAnotherIsPublished() {
        String cycle = openCycle(null);
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycle), "STAFF", null);

        long later = publish("2036 修订", RubricLoader.load());

        assertThat(criteria.versionOf(cycle))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(revised));
        Task task = scenario.scoringTasks(nomination).get(0);
        assertThat(deployedForm(task)).contains(RevisedCriteria.REVISED_TEXT);
        assertThat(submit(task, fullMarks().variables()).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String afterwards = openCycle(null);
        assertThat(criteria.versionOf(afterwards))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(later));
    }

    @Test
    void aFormDeployedLaterUnderTheSameKeyChangesNothingForOpenTasks() {
        String cycle = openCycle(1L);
        ProcessInstance nomination = scenario.nominationInScoring(aNomination(cycle), "STAFF", null);
        Task task = scenario.scoringTasks(nomination).get(0);
        String before = deployedForm(task);

        // an administrator deploys an edited score form (its first item removed) and an edited form
        // of another task, as over /engine-rest/deployment/create
        String edited = before.replaceFirst("\"key\" : \"score_political_1\"", "\"key\" : \"score_removed\"");
        String deployment = repository
                .createDeployment()
                .name("edited forms")
                .addString("score-staff.form", edited)
                .addString(
                        "formal-review.form", "{\"id\": \"formal-review\", \"type\": \"default\", \"components\": []}")
                .deploy()
                .getId();
        try {
            assertThat(deployedForm(task)).isEqualTo(before);
            assertThat(submit(task, fullMarks().variables()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            ProcessInstance inReview = scenario.nominate(aNomination(cycle).named("李建国"));
            Task review = scenario.task(inReview, NominationProcess.Elements.FORMAL_REVIEW);
            assertThat(RestClient.as(http, "office")
                            .get("/engine-rest/task/" + review.getId() + "/deployed-form")
                            .getBody())
                    .contains("formal-review")
                    .doesNotContain("\"components\": []");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void anExpertsScoreFormIsBoundFromTheAwardsTablesWhateverAnAdministratorWritesIntoTheVariables() {
        String shippedCycle = openCycle(1L);
        String revisedCycle = openCycle(revised);
        ProcessInstance onShipped = scenario.nominationInScoring(aNomination(shippedCycle), "STAFF", null);
        ProcessInstance onRevised =
                scenario.nominationInScoring(aNomination(revisedCycle).named("周建华"), "MIDDLE_MANAGER", null);
        Task task = scenario.scoringTasks(onRevised).get(0);
        String before = deployedForm(task);
        int version =
                criteria.cycleFormVersion(revisedCycle, "score-middle-manager").orElseThrow();
        String instance = onRevised.getId();
        Map<String, Object> kept = runtime.getVariables(
                instance,
                List.of(
                        NominationProcess.Variables.NOMINATION_ID.name(),
                        NominationProcess.Variables.SCORING_FORM.name()));

        // an administrator rewrites the instance's variables (as PUT /engine-rest/process-instance/
        // {id}/variables/{name} does): another cycle's nomination, another sheet, and a variable named
        // as the bean the binding calls
        runtime.setVariable(
                instance, NominationProcess.Variables.NOMINATION_ID.name(), scenario.nominationId(onShipped));
        runtime.setVariable(instance, NominationProcess.Variables.SCORING_FORM.name(), "score-staff");
        runtime.setVariable(instance, "cycleScoreForms", "score-staff");
        try {
            assertThat(deployedForm(task)).isEqualTo(before).contains(RevisedCriteria.REVISED_TEXT);
            Task listed = tasks.createTaskQuery()
                    .taskId(task.getId())
                    .initializeFormKeys()
                    .singleResult();
            assertThat(listed.getCamundaFormRef().getKey()).isEqualTo("score-middle-manager");
            assertThat(listed.getCamundaFormRef().getVersion()).isEqualTo(version);
        } finally {
            runtime.removeVariable(instance, "cycleScoreForms");
            runtime.setVariables(instance, kept);
        }
    }

    @Test
    void aDecisionTableDeployedForALaterCycleYearChangesNothingForARunningCycle() throws IOException {
        String running = openCycle(1L);
        // the next cycle's 建议评审类别, tagged with its year, proposes 其他人员 for front-line staff
        String nextTable = Files.readString(Path.of("processes/track-proposal.dmn"))
                .replace("camunda:versionTag=\"2026\"", "camunda:versionTag=\"2031\"")
                .replace("<text>\"STAFF\"</text>", "<text>\"OTHER\"</text>");
        String deployment = repository
                .createDeployment()
                .name("建议评审类别 2031")
                .addString("track-proposal.dmn", nextTable)
                .deploy()
                .getId();
        try {
            ProcessInstance onRunning = scenario.nominate(aNomination(running));
            scenario.passFormalReview(onRunning);
            assertThat(runtime.getVariable(onRunning.getId(), NominationProcess.Variables.PROPOSED_TRACK.name()))
                    .isEqualTo("STAFF");

            String next = scenario.newCycleId();
            Map<String, Object> variables = cycleVariables(next, 1L);
            variables.put(AwardCycleProcess.Variables.NOMINATION_DEADLINE_INPUT.name(), "2031-03-31T17:00");
            variables.put(AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(), "2031-06-30T17:00");
            runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, variables);
            ProcessInstance onNext = scenario.nominate(aNomination(next));
            scenario.passFormalReview(onNext);
            assertThat(runtime.getVariable(onNext.getId(), NominationProcess.Variables.PROPOSED_TRACK.name()))
                    .isEqualTo("OTHER");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void aDecisionTableDeployedForARunningCyclesOwnYearChangesNothingForIt() throws IOException {
        String running = scenario.newCycleId();
        Map<String, Object> variables = cycleVariables(running, 1L);
        variables.put(AwardCycleProcess.Variables.NOMINATION_DEADLINE_INPUT.name(), "2032-03-31T17:00");
        variables.put(AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(), "2032-06-30T17:00");
        runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, variables);
        // tagged with the running cycle's own year, deployed after the cycle started
        String lateTable = Files.readString(Path.of("processes/track-proposal.dmn"))
                .replace("camunda:versionTag=\"2026\"", "camunda:versionTag=\"2032\"")
                .replace("<text>\"STAFF\"</text>", "<text>\"OTHER\"</text>");
        String deployment = repository
                .createDeployment()
                .name("建议评审类别 2032")
                .addString("track-proposal.dmn", lateTable)
                .deploy()
                .getId();
        try {
            ProcessInstance onRunning = scenario.nominate(aNomination(running));
            scenario.passFormalReview(onRunning);

            assertThat(runtime.getVariable(onRunning.getId(), NominationProcess.Variables.PROPOSED_TRACK.name()))
                    .isEqualTo("STAFF");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    @Test
    void aClaimedConditionOfOtherStaffIsCheckedAndWordedAsTheCyclesVersionWordsIt() {
        String reworded = "（修订）从事质量教育培训工作十五年以上";
        long version = publish(
                "2031 修订（其他人员条件）", RevisedCriteria.withOtherCondition(RubricLoader.load(), "condition_6", reworded));
        String shippedCycle = openCycle(1L);
        String revisedCycle = openCycle(version);

        ProcessInstance onRevised = scenario.nominate(aNomination(revisedCycle)
                .with(NominationProcess.Variables.POSITION_LEVEL.name(), "OTHER")
                .claiming("condition_6", "从事质量教育培训二十年"));
        ProcessInstance onShipped = scenario.nominate(aNomination(shippedCycle)
                .with(NominationProcess.Variables.POSITION_LEVEL.name(), "OTHER")
                .claiming("condition_6", "从事质量教育培训二十年"));

        assertThat(nominations.claimedConditionTexts(scenario.nominationId(onRevised)))
                .containsExactly(reworded + "（说明：从事质量教育培训二十年）");
        assertThat(nominations.claimedConditionTexts(scenario.nominationId(onShipped)))
                .singleElement()
                .asString()
                .doesNotContain("（修订）");
    }

    @Test
    void theOfficeChoosesTheVersionOnTheCycleStartFormAndAnUnpublishedOneIsRefusedInChinese() {
        String cycleId = scenario.newCycleId();
        Map<String, Object> form = scenario.cycleVariables(cycleId);
        form.put(AwardCycleProcess.Variables.CRITERIA_VERSION_ID.name(), 1L);
        String submit = "/engine-rest/process-definition/key/" + AwardCycleProcess.KEY + "/submit-form";

        ResponseEntity<String> started = RestClient.as(http, "office").post(submit, RestClient.variables(form));

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(criteria.versionOf(cycleId))
                .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(1));

        long draft = criteria.importDraft(new CriteriaDocument("未发布的草稿", RubricLoader.load()), "office")
                .id();
        String refusedCycle = scenario.newCycleId();
        Map<String, Object> onDraft = scenario.cycleVariables(refusedCycle);
        onDraft.put(AwardCycleProcess.Variables.CRITERIA_VERSION_ID.name(), draft);
        ResponseEntity<String> refused = RestClient.as(http, "office").post(submit, RestClient.variables(onDraft));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("评定标准版本" + draft + "不存在或不是已发布的版本");
        assertThat(criteria.versionOf(refusedCycle)).isEmpty();
    }

    @Test
    void aCycleCannotStartOnAVersionThatIsNotPublished() {
        long draft = criteria.importDraft(new CriteriaDocument("未发布的草稿", RubricLoader.load()), "office")
                .id();
        String cycleId = scenario.newCycleId();

        assertThatThrownBy(
                        () -> runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, cycleVariables(cycleId, draft)))
                .hasMessageContaining("评定标准版本" + draft + "不存在或不是已发布的版本");
        assertThat(criteria.versionOf(cycleId)).isEmpty();
    }

    private long publish(String label, Rubric rubric) {
        long id = criteria.importDraft(new CriteriaDocument(label, rubric), "office")
                .id();
        criteria.publish(id, "office");
        published.add(id);
        return id;
    }

    private String openCycle(Long criteriaVersionId) {
        String cycleId = scenario.newCycleId();
        runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, cycleVariables(cycleId, criteriaVersionId));
        return cycleId;
    }

    private Map<String, Object> cycleVariables(String cycleId, Long criteriaVersionId) {
        Map<String, Object> variables = scenario.cycleVariables(cycleId);
        if (criteriaVersionId != null) {
            variables.put(AwardCycleProcess.Variables.CRITERIA_VERSION_ID.name(), criteriaVersionId);
        }
        return variables;
    }

    /** The form the expert's Tasklist shows for the task. */
    private String deployedForm(Task task) {
        ResponseEntity<String> form =
                RestClient.as(http, task.getAssignee()).get("/engine-rest/task/" + task.getId() + "/deployed-form");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        return form.getBody();
    }

    /** Submits the sheet as Tasklist does, as the task's expert. */
    private ResponseEntity<String> submit(Task task, Map<String, Object> sheet) {
        return RestClient.as(http, task.getAssignee())
                .post("/engine-rest/task/" + task.getId() + "/submit-form", RestClient.variables(sheet));
    }

    /** Full marks by the shipped rubric's STAFF sheet, whatever the nomination's cycle is scored by. */
    private static ScoreSheetBuilder fullMarks() {
        return ScoreSheetBuilder.aSheet(RubricLoader.load().sheetFor(Track.STAFF))
                .withFullMarks();
    }

    private static RubricItem item(List<RubricItem> items, String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
