package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.scoring.ScoreSheet;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
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
import org.springframework.test.context.ActiveProfiles;

/**
 * An expert of the panel scores a nominee in Camunda Tasklist, as a person would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AwardScenario.class)
class TasklistScoringIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    Rubric rubric;

    @Autowired
    ScoreSheetRepository sheets;

    @Test
    void expertScoresTheStaffRubricInTasklistAndAnOutOfRangeScoreIsBlocked() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        String markup = "**已获金奖** [详情](/camunda/app/admin/) <img src=\"/x.png\">";
        ProcessInstance nomination =
                scenario.nominationInScoring(aNomination(cycleId).named("王芳").with("summary", markup), "STAFF", null);
        // the panel depends on the experts' load, which the other browser tests in this JVM change
        Task seat = scenario.scoringTasks(nomination).get(0);
        String expert = seat.getAssignee();
        List<RubricItem> items = rubric.sheetFor(Track.STAFF).items();

        Page page = browser.newPage("en-US");
        Browser.logInInEnglish(
                page, "http://localhost:" + port + "/camunda/app/tasklist/", expert, AwardScenario.PASSWORD);
        Browser.openTask(page, seat.getId());
        assertThat(page.getByText("专家评分表（员工）")).isVisible();
        Browser.screenshot(page, "scoring-form");
        String materials = "/api/nominations/" + scenario.nominationId(nomination) + "/documents";
        assertThat(page.locator(".fjs-form a").filter(new Locator.FilterOptions().setHasText("查看申报材料")))
                .hasAttribute("href", materials);
        // what the office typed is shown as the characters typed: no bold, no live link, no image
        assertThat(page.getByLabel("主要事迹")).hasValue(markup);
        assertThat(page.getByLabel("主要事迹")).isDisabled();
        assertThat(page.locator(".fjs-form img")).hasCount(0);
        assertThat(page.locator(".fjs-form strong").filter(new Locator.FilterOptions().setHasText("已获金奖")))
                .hasCount(0);
        assertThat(page.locator(".fjs-form a").filter(new Locator.FilterOptions().setHasText("详情")))
                .hasCount(0);

        Locator fields = page.locator(".fjs-form-field-number");
        assertThat(fields).hasCount(items.size());
        for (int i = 0; i < items.size(); i++) {
            RubricItem item = items.get(i);
            String points = item.points().stripTrailingZeros().toPlainString();
            assertThat(fields.nth(i).locator("label")).containsText(item.text() + "（" + points + "分）");
        }

        Locator first = fields.nth(0).locator("input");
        first.fill("3");
        first.blur();
        assertThat(fields.nth(0).locator(".fjs-form-field-error")).containsText("1");
        Locator complete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"));
        assertThat(complete).isDisabled();
        Browser.screenshot(page, "scoring-out-of-range");

        for (int i = 0; i < items.size(); i++) {
            Locator input = fields.nth(i).locator("input");
            input.fill(items.get(i).points().stripTrailingZeros().toPlainString());
        }
        // the total counts a score once form-js has taken it into its data; typing elsewhere before
        // that is lost when it re-renders (a form-js debounce), so the comment waits for the total
        assertThat(page.getByText("总分：100 / 100 分")).isVisible();
        Locator comment = page.getByLabel("评语");
        comment.pressSequentially("事迹突出，质量改进成效显著。", new Locator.PressSequentiallyOptions().setDelay(20));
        comment.blur();
        assertThat(comment).hasValue("事迹突出，质量改进成效显著。");
        Browser.screenshot(page, "scoring-filled");

        Page materialsPage = page.context().newPage();
        materialsPage.navigate("http://localhost:" + port + materials);
        assertThat(materialsPage.locator("h1")).hasText("申报材料");
        Browser.screenshot(materialsPage, "materials-page");

        complete.click();
        assertThat(page.locator("li.task").filter(new Locator.FilterOptions().setHasText("王芳")))
                .hasCount(0);
        Browser.screenshot(page, "scoring-completed");

        // the seat has ended, and with it the expert's access to the materials
        assertThat(materialsPage.reload().status()).isEqualTo(403);

        List<ScoreSheet> stored = sheets.findByNomination(scenario.nominationId(nomination));
        assertThat(stored).singleElement().satisfies(sheet -> {
            assertThat(sheet.expertId()).isEqualTo(expert);
            assertThat(sheet.total()).isEqualByComparingTo("100");
            assertThat(sheet.comment()).isEqualTo("事迹突出，质量改进成效显著。");
        });
    }
}
