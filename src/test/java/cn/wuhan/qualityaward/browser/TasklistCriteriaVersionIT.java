package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.wuhan.qualityaward.criteria.CriteriaDocument;
import cn.wuhan.qualityaward.criteria.CriteriaService;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RevisedCriteria;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An expert sits on two panels at once, of two cycles pinned to two criteria versions, and Tasklist
 * shows each task the sheet of its own cycle's version: the revised cycle's first item of 政治素质
 * reworded and worth 0.5, the shipped cycle's as shipped, worth 1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AwardScenario.class)
class TasklistCriteriaVersionIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    CriteriaService criteria;

    @Autowired
    RuntimeService runtime;

    @Test
    void anExpertSeesTheSheetOfTheVersionOfEachTasksCycle() {
        scenario.ensureUsers(5);
        long revised = criteria.importDraft(new CriteriaDocument("2031 修订", RevisedCriteria.revisedRubric()), "office")
                .id();
        criteria.publish(revised, "office");
        String shippedCycle = openCycle(1L);
        String revisedCycle = openCycle(revised);
        ProcessInstance onShipped =
                scenario.nominationInScoring(aNomination(shippedCycle).named("欧阳修远"), "STAFF", null);
        ProcessInstance onRevised =
                scenario.nominationInScoring(aNomination(revisedCycle).named("诸葛明远"), "STAFF", null);
        // the browser tests share one database: later cycles of other tests take the shipped version again
        criteria.retire(revised);
        // panels are drawn from every expert the database holds: one who sits on both
        Set<String> onBoth = new TreeSet<>();
        scenario.scoringTasks(onShipped).forEach(task -> onBoth.add(task.getAssignee()));
        onBoth.retainAll(scenario.scoringTasks(onRevised).stream()
                .map(task -> task.getAssignee())
                .toList());
        String expert = onBoth.iterator().next();
        String shippedText = RevisedCriteria.shippedText();

        Page page = browser.newPage("en-US");
        Browser.logInInEnglish(
                page, "http://localhost:" + port + "/camunda/app/tasklist/", expert, AwardScenario.PASSWORD);

        Locator firstItem = openTaskOf(page, "诸葛明远");
        assertThat(firstItem.locator("label")).containsText(RevisedCriteria.REVISED_TEXT + "（0.5分）");
        Locator input = firstItem.locator("input");
        input.fill("1");
        input.blur();
        assertThat(firstItem.locator(".fjs-form-field-error")).containsText("0.5");
        Browser.screenshot(page, "scoring-revised-version");

        Locator shippedFirstItem = openTaskOf(page, "欧阳修远");
        assertThat(shippedFirstItem.locator("label")).containsText(shippedText + "（1分）");
        Browser.screenshot(page, "scoring-shipped-version");
    }

    /** Opens the expert's task of the nominee and answers the sheet's first item field. */
    private static Locator openTaskOf(Page page, String nominee) {
        page.locator("li.task")
                .filter(new Locator.FilterOptions().setHasText(nominee))
                .first()
                .click();
        page.waitForSelector(".fjs-form");
        // the caller's assertions on the field wait for the task's own form to replace the previous one
        return page.locator(".fjs-form-field-number").nth(0);
    }

    private String openCycle(long criteriaVersionId) {
        String cycleId = scenario.newCycleId();
        Map<String, Object> variables = scenario.cycleVariables(cycleId);
        variables.put(AwardCycleProcess.Variables.CRITERIA_VERSION_ID.name(), criteriaVersionId);
        runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, variables);
        return cycleId;
    }
}
