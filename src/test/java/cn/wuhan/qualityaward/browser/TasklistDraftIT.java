package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardScenario;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * 评分草稿 in Tasklist: an expert types part of a sheet and presses 保存; in a fresh browser (another
 * computer, or after logging out) the task opens with what was typed, and a co-panellist reads none
 * of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AwardScenario.class)
class TasklistDraftIT {

    private static final String NOMINEE = "东方既白";
    private static final String COMMENT = "草稿：事迹突出，待核对获奖证书。";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDraftSavedWith保存IsRestoredInAFreshBrowserAndNobodyElseReadsIt() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        ProcessInstance nomination =
                scenario.nominationInScoring(aNomination(cycleId).named(NOMINEE), "STAFF", null);
        List<Task> seats = scenario.scoringTasks(nomination);
        Task task = seats.get(0);
        String expert = task.getAssignee();
        String coPanellist = seats.get(1).getAssignee();

        Page first = openTask(browser.newPage("zh-CN"), expert, task.getId());
        Locator fields = first.locator(".fjs-form-field-number");
        typeInto(fields.nth(0).locator("input"), "1");
        typeInto(fields.nth(1).locator("input"), "0.5");
        Locator comment = first.getByLabel("评语");
        comment.pressSequentially(COMMENT, new Locator.PressSequentiallyOptions().setDelay(20));
        comment.blur();
        assertThat(comment).hasValue(COMMENT);

        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存"))
                .click();

        assertThat(first.locator(".award-draft-status")).containsText("草稿已于");
        assertThat(first.locator(".award-draft-status")).containsText("只有您本人可见");
        // Tasklist's own 保存 checked the whole sheet and marked every empty item
        assertThat(first.locator(".fjs-has-errors")).hasCount(0);
        assertThat(first.evaluate("Object.keys(localStorage).filter(key => key.startsWith('camunda-form:')).length"))
                .isEqualTo(0);
        Browser.screenshot(first, "draft-saved");
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_draft_item where expert_id = ? and nomination_id = ?",
                        Integer.class,
                        expert,
                        scenario.nominationId(nomination)))
                .isEqualTo(2);
        first.context().close();

        Page again = openTask(browser.newPage("zh-CN"), expert, task.getId());
        Locator restored = again.locator(".fjs-form-field-number");
        assertThat(restored.nth(0).locator("input")).hasValue("1");
        assertThat(restored.nth(1).locator("input")).hasValue("0.5");
        assertThat(restored.nth(2).locator("input")).hasValue("");
        assertThat(again.getByLabel("评语")).hasValue(COMMENT);
        assertThat(again.locator(".award-draft-status")).containsText("已恢复您于");
        assertThat(again.locator(".fjs-has-errors")).hasCount(0);
        Browser.screenshot(again, "draft-restored");
        again.context().close();

        Page other =
                openTask(browser.newPage("zh-CN"), coPanellist, seats.get(1).getId());
        assertThat(other.locator(".fjs-form-field-number").nth(0).locator("input"))
                .hasValue("");
        assertThat(other.getByLabel("评语")).hasValue("");
        assertThat(other.locator(".award-draft-status")).hasCount(0);
        Object answer = other.evaluate(
                "id => fetch('/api/tasks/' + id + '/score-draft').then(r => r.status + ' ' + r.statusText)",
                task.getId());
        assertThat(String.valueOf(answer)).startsWith("404");
        other.context().close();
    }

    private Page openTask(Page page, String user, String taskId) {
        Browser.logIn(page, "http://localhost:" + port + "/camunda/app/tasklist/", user, AwardScenario.PASSWORD);
        Browser.openTask(page, taskId);
        return page;
    }

    /** Types a score and leaves the field, then waits out form-js's debounce, which would reset it. */
    private static void typeInto(Locator input, String value) {
        input.fill(value);
        input.blur();
        input.page().waitForTimeout(400);
        assertThat(input).hasValue(value);
    }
}
