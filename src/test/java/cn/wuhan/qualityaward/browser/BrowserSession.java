package cn.wuhan.qualityaward.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One chromium for a test class, started before its tests and closed after them; the class is
 * reported skipped, not passed, where there is no browser.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeTrue(Browser.isInstalled(), "no chromium at " + Browser.CHROMIUM + ": browser test skipped");
        browser = Browser.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Page newPage(String locale) {
        return browser.newPage(locale);
    }

    Page newPhonePage(String locale) {
        return browser.newPhonePage(locale);
    }
}
