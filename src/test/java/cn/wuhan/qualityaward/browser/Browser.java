package cn.wuhan.qualityaward.browser;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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

    Page newPage(String locale) {
        return browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1400, 1000))
                .newPage();
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

    /**
     * Logs {@code user} in on a web app's Chinese login page ({@code /camunda/app/tasklist/} …). Waits
     * until the page has its Chinese texts: before that, the app may still re-render the form, and
     * what was typed ends up in the wrong field (seen late in full runs as "officedemo" typed as the
     * user name). Checks both fields hold what was typed before it signs in.
     */
    static void logIn(Page page, String appUrl, String user, String password) {
        logIn(page, appUrl, user, password, "用户名", "密码", "登录");
    }

    /** {@link #logIn} on the English login page, for the tests that read Camunda's own texts. */
    static void logInInEnglish(Page page, String appUrl, String user, String password) {
        logIn(page, appUrl, user, password, "Username", "Password", "Log in");
    }

    private static void logIn(
            Page page,
            String appUrl,
            String user,
            String password,
            String nameLabel,
            String secretLabel,
            String action) {
        page.navigate(appUrl);
        Locator signIn = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action));
        signIn.waitFor();
        Locator name = page.getByPlaceholder(nameLabel);
        Locator secret = page.getByPlaceholder(secretLabel);
        for (int attempt = 0; attempt < 3; attempt++) {
            name.fill(user);
            secret.fill(password);
            if (user.equals(name.inputValue()) && password.equals(secret.inputValue())) {
                signIn.click();
                return;
            }
        }
        throw new AssertionError("the login form did not keep what was typed for " + user + " on " + appUrl);
    }

    /**
     * Opens a task of the user logged in on {@code page} by its address, as a link in a notice would
     * (an expert of a long test run holds more tasks than the list's first page shows), and waits
     * until its form is shown and its requests are done: Tasklist imports the form again when the
     * task's variables arrive, which would reset what is typed before.
     *
     * <p>The task is added to the address Tasklist has settled on, filter and sorting kept. Opened
     * by {@code #/?task=…} alone, Tasklist chooses its filter again, and when its task list query
     * changes it closes the open task: late in a full CI run the score form then never appeared.
     */
    static void openTask(Page page, String taskId) {
        page.waitForURL(Pattern.compile(".*#/\\?.*\\bfilter=.*"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        String settled = page.url();
        page.navigate(settled + "&task=" + taskId);
        page.locator(".fjs-form").waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
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
