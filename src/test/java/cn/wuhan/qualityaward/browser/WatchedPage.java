package cn.wuhan.qualityaward.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import java.util.ArrayList;
import java.util.List;

/** A page whose script errors and refused requests are kept, to be told when its test fails. */
final class WatchedPage {

    private static final int MOST_TEXT = 3_000;

    private final Page page;
    private final List<String> events = new ArrayList<>();

    WatchedPage(Page page) {
        this.page = page;
        page.onPageError(error -> record("script error: " + error));
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                record("console: " + message.text());
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400) {
                record(response.status() + " " + response.request().method() + " " + response.url());
            }
        });
        page.onRequestFailed(request -> record("failed " + request.method() + " " + request.url()));
    }

    private synchronized void record(String event) {
        events.add(event);
    }

    /** Prints what the page shows and what went wrong on it, and keeps a screenshot named {@code name}. */
    synchronized void report(String name) {
        StringBuilder report = new StringBuilder("---- browser page of a failed test: ").append(name);
        try {
            report.append("\naddress: ").append(page.url());
            String text = page.locator("body").innerText();
            report.append("\ntext: ").append(text.length() > MOST_TEXT ? text.substring(0, MOST_TEXT) + " …" : text);
            Browser.screenshot(page, "FAILED-" + name);
        } catch (PlaywrightException closed) {
            report.append("\n(the page could not be read: ")
                    .append(closed.getMessage())
                    .append(')');
        }
        events.forEach(event -> report.append("\n").append(event));
        System.out.println(report.append("\n----"));
    }

    /** Closes the page's browser context (its cookies and any tab it opened), unless closed already. */
    void close() {
        try {
            page.context().close();
        } catch (PlaywrightException alreadyClosed) {
            // the test closed it itself
        }
    }
}
