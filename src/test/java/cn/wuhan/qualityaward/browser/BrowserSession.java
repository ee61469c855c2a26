package cn.wuhan.qualityaward.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One chromium for a test class, started before its tests and closed after them; the class is
 * reported skipped, not passed, where there is no browser. When a test fails, each page it opened
 * is kept as a screenshot ({@code target/browser/FAILED-…png}) and its address, text, script errors
 * and refused requests are printed, so that a failure seen only in CI can be read from its output.
 * A test's pages are closed after it, so that no earlier test's apps keep running beside the next.
 */
final class BrowserSession
        implements BeforeAllCallback, AfterTestExecutionCallback, AfterEachCallback, AfterAllCallback {

    private Browser browser;
    private final List<WatchedPage> pages = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Browser.isInstalled(), "no chromium at " + Browser.CHROMIUM + ": browser test skipped");
        browser = Browser.start();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String test = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).report(test + "-" + i);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        pages.forEach(WatchedPage::close);
        pages.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Page newPage(String locale) {
        return watch(browser.newPage(locale));
    }

    Page newPhonePage(String locale) {
        return watch(browser.newPhonePage(locale));
    }

    private Page watch(Page page) {
        pages.add(new WatchedPage(page));
        return page;
    }
}
