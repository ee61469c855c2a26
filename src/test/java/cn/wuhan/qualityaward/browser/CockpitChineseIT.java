package cn.wuhan.qualityaward.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as {@code ./mvnw spring-boot:run} seeds it, on a database of its own, seen by a browser
 * whose language is Chinese: the office in Cockpit with the award's 评选进度, the administrator in
 * Admin.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:award-cockpit-demo;DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=demo"
        })
@ActiveProfiles("demo")
// not closed after the class: closing a context with the web apps clears their JVM-wide engine lookup
// (Cockpit's runtime delegate), and the Tasklist tests after it would find no engine
class CockpitChineseIT {

    private static final String CYCLE = "2026";
    private static final LocatorAssertions.IsVisibleOptions FIRST_PAGE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Test
    void theOfficeReadsTheCyclesProgressInChineseCockpitWithTheSameFiguresAsTheApi() throws Exception {
        JsonNode api = new ObjectMapper()
                .readTree(RestClient.as(http, "office")
                        .get("/api/cycles/" + CYCLE + "/progress")
                        .getBody());
        Page page = login("cockpit", "office");

        assertThat(page.locator("[data-award-dashboard] h3"))
                .hasText("评选进度", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("[data-dashboard-cycle='" + CYCLE + "']")).isVisible(FIRST_PAGE);
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("人工任务").setExact(true)))
                .isVisible();
        for (JsonNode stage : api.get("stages")) {
            int count = stage.at("/nominations/count").asInt();
            if (count > 0) {
                assertThat(page.locator("[data-dashboard-figure='" + CYCLE + "-"
                                + stage.get("code").asText() + "']"))
                        .hasText(stage.get("stage").asText() + " " + count);
            }
        }
        Browser.screenshot(page, "cockpit-dashboard-zh");

        page.locator("[data-dashboard-cycle='" + CYCLE + "'] a").first().click();
        assertThat(page.locator("[data-cycle-stage]"))
                .hasText(api.at("/cycle/stage").asText(), new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        for (JsonNode stage : api.get("stages")) {
            assertThat(page.locator("[data-figure='stage-" + stage.get("code").asText() + "']"))
                    .hasText(stage.at("/nominations/count").asText());
        }
        for (JsonNode track : api.get("seatsByTrack")) {
            for (String figure : new String[] {"seats", "completed", "open", "overdue"}) {
                assertThat(page.locator(
                                "[data-figure='seats-track-" + track.get("key").asText() + "-" + figure + "']"))
                        .hasText(track.at("/" + figure + "/count").asText());
            }
        }
        assertThat(page.locator("section", new Page.LocatorOptions().setHasText("专家评分进度（按专家）"))
                        .getByText("李明"))
                .isVisible();
        Browser.screenshot(page, "cockpit-award-progress-zh");

        JsonNode scoring = stageNamed(api, "SCORING");
        long nominationId = scoring.at("/nominations/nominations/0").asLong();
        String instanceId = null;
        for (JsonNode n : api.get("nominations")) {
            if (n.get("id").asLong() == nominationId) {
                instanceId = n.get("processInstanceId").asText();
            }
        }
        page.locator("[data-figure='stage-SCORING']").click();
        page.locator("[data-award-detail] [data-nomination='" + nominationId + "'] a")
                .click();

        page.waitForURL(Pattern.compile(".*#/process-instance/" + instanceId + ".*"));
        assertThat(page.getByText(Pattern.compile("实例 ID：")).first()).isVisible(FIRST_PAGE);
        Browser.screenshot(page, "cockpit-instance-zh");
    }

    @Test
    void theAdministratorSeesAdminsUserListInChinese() {
        Page page = login("admin", "admin");
        page.navigate(base() + "/camunda/app/admin/demo/#/users");

        assertThat(page.getByText("用户列表").first()).isVisible(FIRST_PAGE);
        assertThat(page.getByText("添加用户").first()).isVisible();
        assertThat(page.getByText("王建华").first()).isVisible();
        Browser.screenshot(page, "admin-users-zh");
    }

    @Test
    void theWelcomePageIsInChinese() {
        Page page = login("welcome", "office");

        assertThat(page.getByText(Pattern.compile("^(应用|个人资料)$")).first()).isVisible(FIRST_PAGE);
        Browser.screenshot(page, "welcome-zh");
    }

    @Test
    void theLoginPageAtTheRootGreetsInChineseNotWithWelcome() {
        Page page = browser.newPage("zh-CN");
        page.navigate(base() + "/");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录")))
                .isVisible(FIRST_PAGE);
        assertThat(page.getByText("武汉市市长质量奖评审系统").first()).isVisible();
        assertThat(page.getByText("Welcome", new Page.GetByTextOptions().setExact(true)))
                .hasCount(0);
        Browser.screenshot(page, "login-root-zh");
    }

    private Page login(String app, String user) {
        Page page = browser.newPage("zh-CN");
        Browser.logIn(page, base() + "/camunda/app/" + app + "/demo/", user, "demo");
        return page;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static JsonNode stageNamed(JsonNode api, String code) {
        for (JsonNode stage : api.get("stages")) {
            if (stage.get("code").asText().equals(code)) {
                return stage;
            }
        }
        throw new AssertionError("no stage " + code);
    }
}
