package cn.wuhan.qualityaward.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven by Playwright, with the flags this sandbox needs. Tests call
 * {@link #isInstalled()} first and report themselves skipped where there is no browser.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "browser");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run",
                                "--disable-quic")));
    }

    static boolean isInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    static Browser start() {
        return new Browser();
    }

    /**
     * A desktop-sized page. Late in a full run, on two cores, Tasklist's first page can take longer
     * than Playwright's 30 s default; a wait that fails still fails, only later.
     */
    Page newPage(String locale) {
        BrowserContext context =
                browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1400, 1000));
        context.setDefaultTimeout(90_000);
        return context.newPage();
    }

    /** A phone-sized page (390 × 844 CSS pixels, touch), as most of the public reads the notice. */
    Page newPhonePage(String locale) {
        return browser.newContext(new NewContextOptions()
                        .setLocale(locale)
                        .setViewportSize(390, 844)
                        .setIsMobile(true)
                        .setHasTouch(true))
                .newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(false));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
