package cn.wuhan.qualityaward.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * One chromium for a test class, started before its tests and closed after them; the class is
 * reported skipped, not passed, where there is no browser. When a test fails, each page it opened
 * is kept as a screenshot ({@code target/browser/FAILED-…png}) and its address, text, script errors
 * and refused requests are printed, so that a failure seen only in CI can be read from its output.
 */
final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, TestWatcher, AfterAllCallback {

    private Browser browser;
    private final List<WatchedPage> pages = new ArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Browser.isInstalled(), "no chromium at " + Browser.CHROMIUM + ": browser test skipped");
        browser = Browser.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        pages.clear();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String test = context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName();
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).report(test.replaceAll("[^A-Za-z0-9_-]", "") + "-" + i);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        pages.clear();
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
