package cn.wuhan.qualityaward.browser;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.publicnotice.PublicObjectionRateLimit;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Someone without an account reads the public notice on a phone, objects to a candidate and follows it by receipt. */
@AwardIntegrationTest
class PublicNoticePhoneIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicObjectionRateLimit rateLimit;

    @Test
    void aPhoneReadsTheNoticeWithoutLoggingInAndFilesAnObjectionFollowedByItsReceipt() {
        rateLimit.forget("127.0.0.1");
        rateLimit.forget("0:0:0:0:0:0:0:1");
        String reference = aCandidateInPublicNotice();
        Page page = browser.newPhonePage("zh-CN");

        page.navigate("http://localhost:" + port + "/public/notices");

        assertThat(page.getByText("武汉市市长质量奖（个人奖）拟表彰人员公示")).isVisible();
        assertThat(page.getByText(reference).first()).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone")
                .isTrue();
        Browser.screenshot(page, "public-notice-phone");

        Locator candidate = page.locator("select[name=candidateReference]");
        // nobody is objected to by default: the first name on the list is not picked for the objector
        assertThat(candidate).hasValue("");
        assertThat(candidate.locator("option:checked")).hasText("请选择候选人");
        page.locator("input[name=objectorName]").fill("张三丰");
        page.locator("input[name=objectorIdNumber]").fill("420106198502300026");
        page.locator("input[name=objectorPhone]").fill("13800138000");
        page.locator("textarea[name=grounds]").fill("该候选人的获奖证书与实际不符");
        page.locator("input[name=truthDeclared]").check();
        page.getByText("提交异议").click();
        assertThat(page.locator(".error[data-for=candidateReference]"))
                .hasText("请选择被提出异议的候选人", new LocatorAssertions.HasTextOptions().setTimeout(15_000));
        assertThat(page.locator(".error[data-for=objectorIdNumber]")).containsText("居民身份证号码不正确");

        candidate.selectOption(reference);

        page.locator("input[name=objectorIdNumber]").fill("420106198503150026");
        page.getByText("提交异议").click();
        assertThat(page.getByText("您的异议已受理")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
        Matcher receipt = Pattern.compile("回执编号 ([A-Z0-9]{12})")
                .matcher(page.locator("#objection-result").innerText());
        assertThat(receipt.find()).isTrue();
        Browser.screenshot(page, "public-objection-filed-phone");

        page.locator("input[name=receipt]").fill(receipt.group(1));
        page.getByText("查询", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("#receipt-result"))
                .containsText("受理", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
    }

    private String aCandidateInPublicNotice() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        Map<String, Object> v = new HashMap<>(scenario.cycleVariables(cycleId));
        v.put(AwardCycleProcess.Variables.NOTICE_PERIOD.name(), "P7D");
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(AwardCycleProcess.KEY, v);
        ProcessInstance candidate =
                scenario.nominationInScoring(aNomination(cycleId).named("钱多多"), "STAFF", null);
        scenario.scoreAll(candidate, 0.9);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        long id = scenario.nominationId(candidate);
        scenario.proposeWinners(cycle, List.of(id));
        return jdbc.queryForObject("select reference_no from nomination where id = ?", String.class, id);
    }
}
