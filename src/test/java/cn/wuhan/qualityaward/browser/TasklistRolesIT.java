package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role opens Tasklist on its own work, every filter with its count; a task not yet claimed
 * says why it is read-only; people see no control the engine would refuse them; times read in Chinese.
 */
@AwardIntegrationTest
class TasklistRolesIT {

    private static final LocatorAssertions.IsVisibleOptions PATIENTLY =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);
    private static final Pattern COUNTED = Pattern.compile("\\(\\d+\\)");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Test
    void aCommitteeMemberLandsOnTheWaitingBallotWithTheFilterCounted() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        ProcessInstance nominee =
                scenario.nominationInScoring(aNomination(cycleId).named("周晓燕"), "STAFF", null);
        scenario.scoreAll(nominee, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        Task ballot = scenario.votes(cycle).get(0);

        Page page = logIn(ballot.getAssignee());

        assertThat(page.locator(".task-filter.active")).containsText("我的待办");
        assertThat(page.locator(".task-filter").first()).hasClass(Pattern.compile("active"));
        assertThat(page.locator(".task-filter.active")).containsText(COUNTED);
        assertThat(cardOf(page, cycleId)).isVisible(PATIENTLY);
        assertThat(page.getByText("本组待认领")).hasCount(0);
        Browser.screenshot(page, "tasklist-committee-lands-on-ballot");
    }

    @Test
    void aRefusalIsReadInPlainChineseAwayFromTheCompleteButtonWhichStaysUsable() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleIdWithOpenCycle();
        scenario.nominate(aNomination(cycleId).named("欧阳补正"));
        Page page = logIn("office");
        Locator card = page.locator("li.task").filter(new Locator.FilterOptions().setHasText("欧阳补正"));
        assertThat(card).isVisible(PATIENTLY);
        card.locator("h4 a").click();
        page.locator(".award-claim-hint").getByText("认领此任务").click();
        assertThat(page.locator(".disabled-form"))
                .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        page.getByLabel("需要补正").check();
        Locator complete = page.getByRole(
                com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("完成"));

        complete.click();

        Locator refusal = page.locator(".page-notifications").filter(new Locator.FilterOptions().setHasText("补正"));
        assertThat(refusal).containsText("要求补正时须写明需要补正的内容");
        assertThat(refusal).not().containsText("Cannot");
        var box = refusal.boundingBox();
        var button = complete.boundingBox();
        boolean overlaps = box.x < button.x + button.width
                && button.x < box.x + box.width
                && box.y < button.y + button.height
                && button.y < box.y + box.height;
        assertThat(overlaps).as("the refusal covers 完成").isFalse();
        Browser.screenshot(page, "tasklist-refusal-beside-complete");

        page.getByLabel("审查意见").fill("请补充近三年业绩证明");
        complete.click();
        assertThat(card).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        // the refusal answered the attempt before; left standing, it reads as if this one failed too
        assertThat(page.locator(".page-notifications")).not().containsText("要求补正时须写明需要补正的内容");
    }

    @Test
    void aBallotTicksACandidateEitherAgreeOrDisagreeNeverBoth() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        ProcessInstance nominee =
                scenario.nominationInScoring(aNomination(cycleId).named("司马静怡"), "STAFF", null);
        scenario.scoreAll(nominee, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        Task ballot = scenario.votes(cycle).get(0);
        Page page = logIn(ballot.getAssignee());
        cardOf(page, cycleId).locator("h4 a").click();
        Locator agree = page.locator(".fjs-form-field-checklist")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText("同意", new Page.GetByTextOptions().setExact(true))))
                .locator("input[type=checkbox]")
                .first();
        Locator disagree = page.locator(".fjs-form-field-checklist")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByText("不同意", new Page.GetByTextOptions().setExact(true))))
                .locator("input[type=checkbox]")
                .first();
        assertThat(agree).isVisible(PATIENTLY);

        agree.check();
        disagree.check();

        assertThat(disagree).isChecked();
        assertThat(agree).not().isChecked();
        agree.check();
        assertThat(disagree).not().isChecked();
        Browser.screenshot(page, "tasklist-ballot-one-choice-per-candidate");
    }

    @Test
    void theApproverLandsOnTheApprovalIsToldWhyItIsReadOnlyAndClaimsItFromTheHint() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        ProcessInstance nominee =
                scenario.nominationInScoring(aNomination(cycleId).named("吴晓东"), "STAFF", null);
        scenario.scoreAll(nominee, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        scenario.proposeWinners(cycle, List.of(scenario.nominationId(nominee)));
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);

        Page page = logIn("approver");

        assertThat(page.locator(".task-filter").first()).hasClass(Pattern.compile("active"));
        assertThat(page.locator(".task-filter.active")).containsText("我的审定待办");
        for (Locator filter : page.locator(".task-filter").all()) {
            assertThat(filter).containsText(COUNTED);
        }
        Locator approval = cardOf(page, cycleId);
        assertThat(approval).isVisible(PATIENTLY);
        approval.locator("h4 a").click();
        Locator hint = page.locator(".award-claim-hint");
        assertThat(hint).containsText("此任务尚未认领", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        Browser.screenshot(page, "tasklist-approver-read-only-hint");

        hint.getByText("认领此任务").click();

        assertThat(hint).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        assertThat(page.locator(".disabled-form")).hasCount(0);
        assertThat(page.locator("[cam-tasklist-task-meta] li.assignee")).isVisible();
        // the claimed approval stays in the approver's one filter
        assertThat(page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText("我的审定待办")))
                .containsText(
                        Pattern.compile("\\([1-9]\\d*\\)"),
                        new LocatorAssertions.ContainsTextOptions().setTimeout(8_000));
        // the engine lets only the administrator unclaim, comment or change a task's groups and dates
        assertThat(page.locator("button.unclaim")).isHidden();
        assertThat(page.getByText("添加备注")).isHidden();
        assertThat(page.getByText("新建任务")).isHidden();
        assertThat(page.getByText("设置跟进日期")).isHidden();
        assertThat(page.getByText("设置截止日期")).isHidden();
        Browser.screenshot(page, "tasklist-approver-claimed");
    }

    @Test
    void anExpertSeesCardsWithoutThePriorityNoCockpitLinkAndRelativeTimesOnlyInChinese() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        scenario.nominationInScoring(aNomination(cycleId).named("郑丽华"), "STAFF", null);

        Page page = logIn("expert1");
        Locator card = page.locator("li.task").filter(new Locator.FilterOptions().setHasText("郑丽华"));
        assertThat(card).isVisible(PATIENTLY);
        assertThat(card.locator(".priority")).isHidden();
        assertThat(card.getByText("郑丽华")).isVisible();
        card.locator("h4 a").click();
        assertThat(page.locator(".task-details h2.task")).isVisible(PATIENTLY);
        assertThat(page.locator(".task-details a.instance-link")).isHidden();
        assertThat(page.getByText("添加备注")).isHidden();
        assertThat(page.locator(".award-claim-hint")).hasCount(0);

        // Tasklist loads the fallback language's date strings too; when they arrive last, moment
        // turns to English, and the times shown next (here: at once, as when the language changes)
        // read "a minute ago" until the language Tasklist uses is set again
        page.evaluate("() => { const injector = angular.element(document.body).injector();"
                + " injector.get('moment').updateLocale('en', {});"
                + " injector.get('$rootScope').$broadcast('amMoment:localeChanged'); }");
        Locator times = page.locator("[am-time-ago]");
        assertThat(times.first()).isVisible(PATIENTLY);
        page.waitForCondition(
                () -> times.allInnerTexts().stream()
                        .noneMatch(text -> LATIN.matcher(text).find()),
                new Page.WaitForConditionOptions().setTimeout(20_000));
        assertThat(times.allInnerTexts())
                .isNotEmpty()
                .allSatisfy(text -> assertThat(text).containsPattern("前|后"));
        Browser.screenshot(page, "tasklist-expert-card");
    }

    @Test
    void theLongConditionsOfOtherPersonnelWrapInsteadOfBeingCutOffAtTheFormsEdge() {
        scenario.ensureUsers(5);
        Page page = logIn("office");
        page.getByText("发起流程").click();
        page.getByText("个人奖申报").first().click();
        Locator conditions = page.locator(".fjs-form-field-checklist label.fjs-form-field-label");
        assertThat(conditions.first()).isVisible(PATIENTLY);
        conditions.first().scrollIntoViewIfNeeded();

        List<?> clipped = (List<?>) conditions.evaluateAll(
                "labels => labels.filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent)");

        assertThat(clipped).isEmpty();
        Browser.screenshot(page, "tasklist-other-personnel-conditions");
    }

    @Test
    void anExpertWhoOpensCockpitReadsInChineseThatItIsNotForThemWithAWayBackToTasklist() {
        scenario.ensureUsers(5);
        Page page = logIn("expert1");

        Response cockpit = page.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/");

        assertThat(cockpit.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("您无权打开此页面");
        assertThat(page.getByText("Whitelabel")).hasCount(0);
        page.getByText("返回任务列表").click();
        assertThat(page.locator(".task-filter").first()).isVisible(PATIENTLY);
    }

    @Test
    void theAdministratorKeepsTasklistsOwnControls() {
        Page page = logIn("admin");

        assertThat(page.getByText("新建任务")).isVisible(PATIENTLY);
    }

    private Page logIn(String user) {
        Page page = browser.newPage("zh-CN");
        Browser.logIn(page, "http://localhost:" + port + "/camunda/app/tasklist/", user, AwardScenario.PASSWORD);
        assertThat(page.locator(".task-filter").first()).isVisible(PATIENTLY);
        return page;
    }

    private static Locator cardOf(Page page, String cycleId) {
        return page.locator("li.task").filter(new Locator.FilterOptions().setHasText(cycleId));
    }
}
