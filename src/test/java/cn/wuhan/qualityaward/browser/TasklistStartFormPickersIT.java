package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.support.AwardScenario;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * In a Chinese Tasklist the start forms offer what is open now: an objection is filed by picking the
 * cycle under notice and a candidate on its list by 申报编号, a nomination by picking the cycle that
 * takes nominations; nobody types an id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AwardScenario.class)
class TasklistStartFormPickersIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    NominationService nominations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anObjectionIsFiledByPickingACandidateOnTheList() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        ProcessInstance onList =
                scenario.nominationInScoring(aNomination(cycleId).named("司马晴川"), "STAFF", null);
        scenario.scoreAll(onList, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        long candidateId = scenario.nominationId(onList);
        scenario.proposeWinners(cycle, List.of(candidateId));
        Nomination candidate = nominations.get(candidateId);

        Page page = logIn("expert3");
        Locator form = startProcess(page, "公示异议处理");
        pick(page, form, "评选周期", cycleId + " ");
        Locator reference = field(form, "被提出异议的候选人");
        reference.locator("input").first().fill(candidate.referenceNo());
        page.locator(".fjs-dropdownlist-item")
                .filter(new Locator.FilterOptions().setHasText("司马晴川"))
                .first()
                .click();
        form.getByLabel("异议人真实姓名").fill("上官明月");
        form.getByLabel("联系方式").fill("13907130000");
        form.getByLabel("异议的事实和理由").fill("候选人所报获奖证书与实际不符");
        Browser.screenshot(page, "objection-picked-candidate");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("发起").setExact(true))
                .click();

        assertThat(page.getByText("流程已发起。")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(jdbc.queryForList(
                        "select nomination_id from objection where cycle_id = ? and objector_name = ?",
                        Long.class,
                        cycleId,
                        "上官明月"))
                .containsExactly(candidateId);
    }

    @Test
    void aNominationIsFiledByPickingTheCycleThatTakesNominations() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleIdWithOpenCycle();

        Page page = logIn("office");
        Locator form = startProcess(page, "个人奖申报与评审");
        pick(page, form, "评选周期", cycleId + " ");
        form.getByLabel("被推荐人姓名").fill("慕容清远");
        form.getByLabel("工作单位").fill("武汉钢铁集团");
        form.getByLabel("职务或岗位").fill("质量检验班班长");
        form.getByLabel("职称").fill("高级技师");
        form.getByLabel("联系电话").fill("13907131234");
        pick(page, form, "职务层级", "一线员工");
        form.getByLabel("在汉从事质量或质量相关工作年限（年）").fill("12");
        form.getByLabel("推荐单位", new Locator.GetByLabelOptions().setExact(false))
                .first()
                .fill("青山区质量强区办");
        form.getByLabel("推荐单位意见").fill("同意推荐");
        form.getByLabel("主要事迹简介").fill("长期从事质量检验工作，主持多项质量改进。");
        form.getByLabel("被推荐人已声明所提交材料真实有效").check();
        Browser.screenshot(page, "nomination-picked-cycle");
        Locator start = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("发起").setExact(true));

        // refused by the server: the dialog scrolls to the refusal, which sat out of sight at its top
        form.getByLabel("联系电话").fill("12345");
        start.click();
        Locator refusal = page.locator(".modal .alert-danger").filter(new Locator.FilterOptions().setHasText("联系电话"));
        assertThat(refusal).isInViewport(new LocatorAssertions.IsInViewportOptions().setRatio(1));
        assertThat(refusal).containsText("流程发起失败");
        Browser.screenshot(page, "nomination-refused-in-view");

        form.getByLabel("联系电话").fill("13907131234");
        start.click();

        assertThat(page.getByText("流程已发起。")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(jdbc.queryForList("select cycle_id from nomination where nominee_name = ?", String.class, "慕容清远"))
                .containsExactly(cycleId);
    }

    private Page logIn(String user) {
        Page page = browser.newPage("zh-CN");
        Browser.logIn(page, "http://localhost:" + port + "/camunda/app/tasklist/", user, AwardScenario.PASSWORD);
        // the first login after start-up may take a while on a busy machine
        assertThat(page.getByText("发起流程")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return page;
    }

    /** Opens the start form of the process with this name, as a person does from the header. */
    private static Locator startProcess(Page page, String processName) {
        page.getByText("发起流程").click();
        page.locator(".modal-dialog")
                .getByText(processName, new Locator.GetByTextOptions().setExact(true))
                .click();
        Locator form = page.locator(".modal-dialog .fjs-form");
        assertThat(form).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        return form;
    }

    /** The select field with this label. */
    private static Locator field(Locator form, String label) {
        return form.locator(".fjs-form-field-select")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first();
    }

    /** Opens a select and picks the option whose label holds this text. */
    private static void pick(Page page, Locator form, String label, String option) {
        field(form, label).locator(".fjs-input-group").click();
        page.locator(".fjs-dropdownlist-item")
                .filter(new Locator.FilterOptions().setHasText(option))
                .first()
                .click();
    }
}
