package org.copcheckin.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/** Test fixture: opens dashboard pages in HtmlUnit, a headless browser in Java, on the app's random port. */
final class DashboardPages implements AutoCloseable {

    private final WebClient browser = new WebClient(BrowserVersion.FIREFOX);
    private final int port;

    DashboardPages(int port) {
        this.port = port;
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(true);
    }

    /** Opens a link's path and query on this app, whatever host the link names. */
    HtmlPage open(String link) {
        String pathAndQuery = link.replaceFirst("^https?://[^/]+", "");
        try {
            return browser.getPage("http://127.0.0.1:" + port + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of any resource of the app, such as the stylesheet. */
    String text(String path) {
        try {
            return browser.getPage("http://127.0.0.1:" + port + path).getWebResponse().getContentAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String token(String link) {
        return link.substring(link.indexOf("?t=") + 3);
    }

    @Override
    public void close() {
        browser.close();
    }
}
