package cn.wuhan.qualityaward.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import cn.wuhan.qualityaward.support.AwardScenario;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** A browser whose language is Chinese gets Tasklist in Chinese, without the Camunda 8 banner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(AwardScenario.class)
class TasklistChineseIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Test
    void aZhCnBrowserSeesTasklistInChinese() {
        scenario.ensureUsers(5);
        Page page = browser.newPage("zh-CN");
        Browser.logIn(page, "http://localhost:" + port + "/camunda/app/tasklist/", "office", AwardScenario.PASSWORD);

        // the first login after start-up may take a while on a busy machine
        assertThat(page.getByText("发起流程")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.getByText("本组待认领")).isVisible();
        assertThat(page.locator(".ce-eol-banner")).isHidden();
        Browser.screenshot(page, "tasklist-zh");
    }

    @Test
    void anEnglishBrowserStillGetsEnglish() {
        Page page = browser.newPage("en-US");
        page.navigate("http://localhost:" + port + "/camunda/app/tasklist/");

        assertThat(page.getByPlaceholder("Username")).isVisible();
    }
}
