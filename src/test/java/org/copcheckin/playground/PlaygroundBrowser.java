package org.copcheckin.playground;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextInput;

/**
 * A real (headless, Java) browser on the playground of a test's server: HtmlUnit as Firefox, without CSS, and a
 * script error fails the test. HtmlUnit needs no browser binary, so the page tests run in {@code mvn verify} on a
 * fresh machine. One per test: open it in {@code @BeforeEach}, close it in {@code @AfterEach}.
 */
final class PlaygroundBrowser implements AutoCloseable {

    /** How long a test waits for the page's script to show something. */
    static final Duration SCRIPT_MS = Duration.ofSeconds(20);

    private final int port;
    private final WebClient client;

    PlaygroundBrowser(int port) {
        this.port = port;
        this.client = new WebClient(BrowserVersion.FIREFOX);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnScriptError(true);
    }

    /** The playground as the persona {@code as}, once its script has had time to run. */
    HtmlPage open(String as) throws IOException {
        HtmlPage page = client.getPage(url("/playground?as=" + as));
        waitForScripts(500);
        return page;
    }

    /** The address of a path on the test's server. */
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Lets the page's scripts run for up to {@code millis}. */
    void waitForScripts(long millis) {
        client.waitForBackgroundJavaScript(millis);
    }

    /** The browser itself, for what the helpers here do not do (a download). */
    WebClient client() {
        return client;
    }

    /** Types a command in the page's command box and presses Enter; returns once the script has sent it. */
    static void command(HtmlPage page, String text) throws IOException {
        HtmlTextInput input = (HtmlTextInput) page.getElementById("command-input");
        input.setValue("");
        input.type(text);
        input.type('\n');
        await().atMost(SCRIPT_MS).until(() -> input.getValue().isEmpty());
    }

    /** The text of the private panel's newest answer, empty before there is one. */
    static String latest(HtmlPage page) {
        DomElement latest = page.getElementById("latest-answer");
        return latest == null ? "" : latest.getTextContent();
    }

    @Override
    public void close() {
        client.close();
    }
}
