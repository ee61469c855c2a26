package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.support.AwardScenario;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.List;
import java.util.regex.Pattern;
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
 * An expert scores in a Chinese Tasklist: form-js's messages read in Chinese, the total leaves out
 * what is invalid, the 完成 area says what is missing and leads to it, and the materials open in a
 * tab of their own without losing the typed scores.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AwardScenario.class)
class TasklistScoreFormIT {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    Rubric rubric;

    @Test
    void anExpertReadsInChineseWhyAScoreIsRefusedAndTheTotalLeavesItOut() {
        List<RubricItem> items = rubric.sheetFor(Track.STAFF).items();
        Page page = openScoringTaskOf("上官婉清");
        Locator fields = page.locator(".fjs-form-field-number");
        assertThat(items.get(0).points()).isEqualByComparingTo("1");
        assertThat(items.get(1).points()).isEqualByComparingTo("1");

        Locator emptied = fields.nth(2);
        emptied.locator("input").fill("1");
        emptied.locator("input").blur();
        // form-js checks a field when its value has changed: the 1 must be taken in before it is removed
        assertThat(page.locator(".fjs-form h3")).containsText("总分：1 / 100 分");
        emptied.locator("input").fill("");
        emptied.locator("input").blur();
        Locator tooHigh = fields.nth(0);
        tooHigh.locator("input").fill("4");
        tooHigh.locator("input").blur();
        Locator offStep = fields.nth(1);
        offStep.locator("input").fill("0.3");
        offStep.locator("input").blur();

        assertThat(tooHigh.locator(".fjs-form-field-error")).hasText("不能大于 1。");
        assertThat(offStep.locator(".fjs-form-field-error")).hasText("请按规定的间隔填写，最接近的两个有效值是 0 和 0.5。");
        assertThat(emptied.locator(".fjs-form-field-error")).hasText("此项为必填项。");
        assertThat(page.locator(".fjs-form-field-error").filter(new Locator.FilterOptions().setHasText(LATIN)))
                .hasCount(0);
        // neither the 4 nor the 0.3 is added
        assertThat(page.locator(".fjs-form h3")).hasText("总分：0 / 100 分（" + items.size() + " 项未填或无效，未计入）");

        Locator complete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成"));
        assertThat(complete).isDisabled();
        Locator hint = page.locator(".award-complete-hint");
        // the emptied item counts as unfilled, as its message says; the comment is the one more unfilled field
        assertThat(hint).containsText("“完成”暂不可用：2 项填写有误，" + (items.size() - 2 + 1) + " 项未填写。");
        Browser.screenshot(page, "score-form-refused-in-chinese");

        page.locator(".fjs-form h3").scrollIntoViewIfNeeded();
        assertThat(tooHigh.locator("input")).not().isInViewport();
        hint.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("转到第一项"))
                .click();
        assertThat(tooHigh.locator("input")).isFocused();
        assertThat(tooHigh.locator("input")).isInViewport();

        long start = System.nanoTime();
        for (int i = 0; i < items.size(); i++) {
            fields.nth(i)
                    .locator("input")
                    .fill(items.get(i).points().stripTrailingZeros().toPlainString());
        }
        // form-js drops what is typed elsewhere before it has taken the scores in: the comment waits for the total
        assertThat(page.locator(".fjs-form h3")).hasText("总分：100 / 100 分");
        Locator comment = page.getByLabel("评语");
        comment.pressSequentially("事迹突出。", new Locator.PressSequentiallyOptions().setDelay(20));
        comment.blur();
        assertThat(hint).hasCount(0);
        assertThat(complete).isEnabled();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Time to score a sheet of %d items in the browser: %d ms%n", items.size(), millis);
        Browser.screenshot(page, "score-form-filled");

        complete.click();
        assertThat(page.locator("li.task").filter(new Locator.FilterOptions().setHasText("上官婉清")))
                .hasCount(0);
    }

    @Test
    void 完成OnAnUntouchedSheetLeadsToTheFirstUnfilledItemInsteadOfAnErrorWithoutAReason() {
        Page page = openScoringTaskOf("欧阳明远");
        Locator hint = page.locator(".award-complete-hint");
        assertThat(hint).containsText("提交前请先处理：");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成"))
                .click();

        Locator first = page.locator(".fjs-form-field-number").first().locator("input");
        assertThat(first).isFocused();
        assertThat(first).isInViewport();
        // Tasklist's own answer would be 提交任务表单时出错 with no reason, and every field marked at once
        page.waitForTimeout(1_000);
        assertThat(page.getByText("提交任务表单时出错")).hasCount(0);
        assertThat(page.locator(".fjs-has-errors")).hasCount(0);
        assertThat(hint).containsText("提交前请先处理：");
    }

    @Test
    void theMaterialsOpenInANewTabAndTheTypedScoresStay() {
        Page page = openScoringTaskOf("慕容雪晴");
        Locator fields = page.locator(".fjs-form-field-number");
        fields.nth(0).locator("input").fill("1");
        fields.nth(1).locator("input").fill("0.5");
        assertThat(page.locator(".fjs-form h3")).containsText("总分：1.5 / 100 分");

        Locator link = page.locator(".fjs-form a").filter(new Locator.FilterOptions().setHasText("查看申报材料"));
        assertThat(link).hasAttribute("target", "_blank");
        Page materials = page.waitForPopup(link::click);
        materials.waitForLoadState();
        assertThat(materials.url()).matches(".*/api/nominations/\\d+/documents");
        assertThat(materials.locator("body")).containsText("申报材料");
        materials.close();

        page.bringToFront();
        assertThat(page.url()).contains("/camunda/app/tasklist/");
        assertThat(fields.nth(0).locator("input")).hasValue("1");
        assertThat(fields.nth(1).locator("input")).hasValue("0.5");
        assertThat(page.locator(".fjs-form h3")).containsText("总分：1.5 / 100 分");
        Browser.screenshot(page, "score-form-after-materials");
    }

    @Test
    void theNominationStartFormSpeaksChineseToo() {
        scenario.ensureUsers(5);
        Page page = browser.newPage("zh-CN");
        Browser.logIn(page, "http://localhost:" + port + "/camunda/app/tasklist/", "office", AwardScenario.PASSWORD);
        page.getByText("发起流程").click();
        page.locator(".modal a")
                .filter(new Locator.FilterOptions().setHasText("个人奖申报与评审"))
                .first()
                .click();
        Locator form = page.locator(".modal .fjs-form");
        assertThat(form).isVisible();
        page.waitForLoadState(LoadState.NETWORKIDLE);

        assertThat(form.locator(".fjs-select-display")).hasText(new String[] {"请选择", "请选择"});
        Locator years = page.getByLabel("在汉从事质量或质量相关工作年限（年）");
        years.fill("99");
        years.blur();
        Locator yearsField = form.locator(".fjs-form-field-number").filter(new Locator.FilterOptions().setHas(years));
        assertThat(yearsField.locator(".fjs-form-field-error")).hasText("不能大于 60。");
        years.fill("1.5");
        years.blur();
        assertThat(yearsField.locator(".fjs-form-field-error")).containsText("请填写整数。");
        assertThat(yearsField.locator("button.fjs-number-arrow-up")).hasAttribute("aria-label", "增加");
        assertThat(form.locator(".fjs-form-field-error").filter(new Locator.FilterOptions().setHasText(LATIN)))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发起")))
                .isDisabled();
        assertThat(page.locator(".modal .award-complete-hint")).containsText("“发起”暂不可用：1 项填写有误");
        Browser.screenshot(page, "start-form-in-chinese");

        // Esc closes an open list of choices, never the dialog with what was typed in it
        Locator name = page.getByLabel("被推荐人姓名");
        name.fill("张半填");
        form.locator(".fjs-select-display").first().click();
        page.keyboard().press("Escape");
        page.keyboard().press("Escape");
        page.waitForTimeout(500);
        assertThat(form).isVisible();
        assertThat(name).hasValue("张半填");
    }

    /** A nomination in scoring on the STAFF sheet, and the task of an expert on its panel opened in Chinese. */
    private Page openScoringTaskOf(String nominee) {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        ProcessInstance nomination =
                scenario.nominationInScoring(aNomination(cycleId).named(nominee), "STAFF", null);
        Task task = scenario.scoringTasks(nomination).get(0);
        String expert = task.getAssignee();

        Page page = browser.newPage("zh-CN");
        Browser.logIn(page, "http://localhost:" + port + "/camunda/app/tasklist/", expert, AwardScenario.PASSWORD);
        Browser.openTask(page, task.getId());
        return page;
    }
}
