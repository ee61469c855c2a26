package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardScenario;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
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
 * The office answers a 补正 request in Tasklist (zh-CN): from the 登记补正材料 form it opens the
 * nomination's materials page in a new tab, uploads a PDF and an image, is refused a file that is
 * neither, deletes the image, and the form it left behind still holds what it typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AwardScenario.class)
class TasklistMaterialsIT {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeUploadsAPdfFromTheCorrectionTaskAndDeletesAnImageWhileItsTypedNoteStays() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        ProcessInstance nomination = scenario.nominate(aNomination(cycleId).named("材料补正甲"));
        scenario.decideFormalReview(nomination, "CORRECTION", "请补充近三年获奖证书");
        long nominationId = scenario.nominationId(nomination);
        String reference =
                jdbc.queryForObject("select reference_no from nomination where id = ?", String.class, nominationId);

        Page tasklist = browser.newPage("zh-CN");
        Browser.logIn(
                tasklist, "http://localhost:" + port + "/camunda/app/tasklist/", "office", AwardScenario.PASSWORD);
        tasklist.locator("li.task")
                .filter(new Locator.FilterOptions().setHasText("材料补正甲"))
                .first()
                .click(new Locator.ClickOptions().setTimeout(30_000));
        tasklist.locator("button.claim").click();
        tasklist.waitForSelector(".fjs-form");
        tasklist.waitForLoadState(LoadState.NETWORKIDLE);
        Locator note = tasklist.getByLabel("补正情况");
        note.pressSequentially("已补充近三年获奖证书。", new Locator.PressSequentiallyOptions().setDelay(20));
        note.blur();

        Locator link = tasklist.locator(".fjs-form a").filter(new Locator.FilterOptions().setHasText("查看和上传申报材料"));
        assertThat(link).hasAttribute("href", "/api/nominations/" + nominationId + "/documents");
        assertThat(link).hasAttribute("target", "_blank");
        Page materials = tasklist.waitForPopup(link::click);
        materials.waitForLoadState();

        assertThat(materials).hasTitle("申报材料 · " + reference);
        assertThat(materials.locator("#reference")).hasText(reference);
        assertThat(materials.getByText("尚未上传材料。")).isVisible();
        assertThat(materials.getByText("← 返回任务列表")).hasAttribute("href", "/camunda/app/tasklist/");
        Browser.screenshot(materials, "materials-empty");

        upload(materials, "申报书.pdf", "application/pdf", PDF);
        assertThat(materials.locator(".notice")).hasText("已上传“申报书.pdf”。");
        upload(materials, "证书.png", "image/png", PNG);
        Locator rows = materials.locator("#documents tbody tr");
        assertThat(rows).hasCount(2);
        assertThat(rows.nth(0)).containsText("PDF");
        assertThat(rows.nth(0)).containsText("office");

        int stored = documents(nominationId);
        upload(materials, "说明.pdf", "application/pdf", PROGRAM);
        assertThat(materials.locator(".error")).containsText("未上传：只接受PDF、JPEG或PNG文件（按文件内容识别，与文件名无关）");
        assertThat(rows).hasCount(2);
        assertThat(documents(nominationId)).isEqualTo(stored);
        Browser.screenshot(materials, "materials-refused");

        rows.filter(new Locator.FilterOptions().setHasText("证书.png"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("删除"))
                .click();
        assertThat(materials.locator(".notice")).containsText("已删除“证书.png”");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("申报书.pdf");
        assertThat(materials.locator("#deleted")).containsText("证书.png");
        assertThat(jdbc.queryForObject(
                        "select deleted_by from nomination_document where nomination_id = ? and file_name = ?",
                        String.class,
                        nominationId,
                        "证书.png"))
                .isEqualTo("office");
        Browser.screenshot(materials, "materials-deleted");

        // the form the office left behind in its own tab still holds what it typed
        assertThat(note).hasValue("已补充近三年获奖证书。");

        materials.getByText("← 返回任务列表").click();
        assertThat(materials.getByText("发起流程")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(materials).hasURL(Pattern.compile(".*/camunda/app/tasklist/.*"));
    }

    @Test
    void theStartFormLeadsToTheListOfNominationsWhereEachLinksToItsMaterialsPage() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        long nominationId =
                scenario.nominationId(scenario.nominate(aNomination(cycleId).named("材料列表乙")));

        Page tasklist = browser.newPage("zh-CN");
        Browser.logIn(
                tasklist, "http://localhost:" + port + "/camunda/app/tasklist/", "office", AwardScenario.PASSWORD);
        tasklist.getByText("发起流程").click(new Locator.ClickOptions().setTimeout(30_000));
        tasklist.locator(".modal").getByText("个人奖申报与评审").click();
        tasklist.waitForSelector(".modal .fjs-form");

        Locator link = tasklist.locator(".fjs-form a").filter(new Locator.FilterOptions().setHasText("申报列表"));
        assertThat(link).hasAttribute("href", "/api/nominations/materials");
        assertThat(link).hasAttribute("target", "_blank");
        Page list = tasklist.waitForPopup(link::click);
        list.waitForLoadState();

        assertThat(list).hasTitle("申报列表");
        Locator row = list.locator("tr").filter(new Locator.FilterOptions().setHasText("材料列表乙"));
        assertThat(row.getByText("申报材料")).hasAttribute("href", "/api/nominations/" + nominationId + "/documents");
        Browser.screenshot(list, "nomination-list");
        // in a tab of its own, as the materials page says; the list stays
        assertThat(row.getByText("申报材料")).hasAttribute("target", "_blank");
        Page materials = list.waitForPopup(() -> row.getByText("申报材料").click());
        assertThat(materials.locator("h1")).hasText("申报材料");
        assertThat(materials.locator("#file")).isVisible();
        assertThat(list).hasTitle("申报列表");
    }

    private static void upload(Page materials, String name, String type, byte[] content) {
        materials.locator("#file").setInputFiles(new FilePayload(name, type, content));
        materials
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("上传").setExact(true))
                .click();
        materials.waitForLoadState();
    }

    private int documents(long nominationId) {
        return jdbc.queryForObject(
                "select count(*) from nomination_document where nomination_id = ?", Integer.class, nominationId);
    }
}
