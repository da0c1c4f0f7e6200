package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.playground.PlaygroundBrowser.SCRIPT_MS;
import static org.copcheckin.playground.PlaygroundBrowser.command;

import java.util.List;

import java.net.URL;

import org.copcheckin.insights.TrendExport;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.html.HtmlTextInput;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The playground page in a real (headless, Java) browser running its own script: what a newcomer types, presses
 * and sees. HtmlUnit needs no browser binary, so this runs in {@code mvn verify} on a fresh machine.
 */
@PlaygroundHttpTest
class PlaygroundPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private PlaygroundBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new PlaygroundBrowser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private void replyBox(HtmlPage page, HtmlTextArea box, String text, int enters) throws Exception {
        box.focus();
        box.type(text);
        for (int i = 0; i < enters; i++) {
            box.type(KeyboardEvent.DOM_VK_RETURN);
        }
        browser.waitForScripts(1_000);
    }

    private static HtmlTextArea threadBox(HtmlPage page, String threadId) {
        return (HtmlTextArea) page.getFirstByXPath("//textarea[@data-thread='" + threadId + "']");
    }

    private PlaygroundClient client() {
        return new PlaygroundClient(port);
    }

    @Test
    void theCommandsAnswerIsShownFirstInThePrivatePanelWithAHint() throws Exception {
        HtmlPage fran = browser.open("fran");

        command(fran, "/cop digest");
        await().atMost(SCRIPT_MS).until(() -> fran.getElementById("latest-answer") != null
                && fran.getElementById("latest-answer").getTextContent().contains("/cop digest"));

        DomElement latest = fran.getElementById("latest-answer");
        assertThat(latest).isNotNull();
        assertThat(latest.getTextContent()).contains("/cop digest").contains("Check-in digest");
        assertThat(fran.getElementById("private").getFirstElementChild()).isEqualTo(latest);
        assertThat(latest.getAttribute("class")).contains("fresh");
        assertThat(fran.getElementById("toast").getTextContent()).contains("Only visible to Fran");
        assertThat(((HtmlTextInput) fran.getElementById("command-input")).getValue()).isEmpty();
    }

    @Test
    void thePromptsReplyPrivatelyButtonOpensTheFormUnderItWhoseAnswerIsCountedNeverShownAndConfirmed()
            throws Exception {
        client().command("fran", "/cop prompt challenge");
        String threadId = client().newestInChannel("fran").get("threadId").asString();
        HtmlPage ana = browser.open("ana");

        DomElement button = ana.getFirstByXPath("//textarea[@data-private='" + threadId
                + "']/ancestor::div[contains(@class,'msg-body')]//button[text()='Reply privately']");
        assertThat(button).as("the prompt's Reply privately button").isNotNull();
        button.click();
        browser.waitForScripts(500);
        HtmlTextArea box = ana.getFirstByXPath("//textarea[@data-private='" + threadId + "']");
        assertThat(box).isNotNull();
        assertThat(ana.getFocusedElement()).isEqualTo(box);
        box.type("The landlord wants the flat back and the rent went up again");
        ((DomElement) ana.getFirstByXPath("//textarea[@data-private='" + threadId + "']/following-sibling::button"))
                .click();

        await().atMost(SCRIPT_MS).until(() -> ana.getElementById("latest-answer") != null
                && ana.getElementById("latest-answer").getTextContent().contains("your private reply is counted"));
        assertThat(ana.getElementById("latest-answer").getTextContent()).contains("Housing and landlords")
                .doesNotContain("flat back");
        assertThat(ana.getElementById("timeline").getTextContent()).doesNotContain("flat back");
        assertThat(client().newestInChannel("ben").get("replies").size()).as("nothing in the thread").isZero();
        assertThat(client().state("ben").toString()).doesNotContain("flat back").doesNotContain("private reply is");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reply_receipt r JOIN checkin c ON c.id = r.checkin_id "
                + "WHERE c.thread_id = ?").param(threadId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSentReplyLeavesAnEmptyBoxSoASecondEnterPostsNothingAgain() throws Exception {
        client().command("fran", "/cop prompt word");
        String threadId = client().newestInChannel("fran").get("threadId").asString();
        HtmlPage ana = browser.open("ana");

        replyBox(ana, threadBox(ana, threadId), "Stretched", 2);
        await().atMost(SCRIPT_MS).until(() -> ana.getElementById("timeline").getTextContent().contains("Stretched"));
        await().atMost(SCRIPT_MS).until(() -> !((DomElement) ana.getFirstByXPath("//textarea[@data-thread='" + threadId
                + "']/following-sibling::button")).hasAttribute("disabled"));

        assertThat(threadBox(ana, threadId).getText()).isEmpty();
        JsonNode post = client().newestInChannel("ana");
        assertThat(post.get("replies").size()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reply_receipt r JOIN checkin c ON c.id = r.checkin_id "
                + "WHERE c.thread_id = ?").param(threadId).query(Integer.class).single()).isEqualTo(1);
        // and once more, typed again: a second reply of her own is a real one
        replyBox(ana, threadBox(ana, threadId), "Hopeful", 1);
        await().atMost(SCRIPT_MS).until(() -> client().newestInChannel("ana").get("replies").size() == 2);
    }

    @Test
    void replyingMetUnderThePairIntroductionCountsAsTheButton() throws Exception {
        client().command("fran", "/cop pair");
        HtmlPage ana = browser.open("ana");
        List<DomElement> conversations = ana.getByXPath("//div[@data-conversation]");
        DomElement intro = conversations.stream().filter(c -> c.getTextContent().contains("reply 'met'"))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(intro.getAttribute("data-conversation")).startsWith("dm-");
        int before = metAnswers();

        replyBox(ana, (HtmlTextArea) intro.getFirstByXPath(".//textarea"), "met", 1);

        await().atMost(SCRIPT_MS).until(() -> metAnswers() == before + 1);
        await().atMost(SCRIPT_MS).until(() -> ana.getElementById("latest-answer") != null
                && ana.getElementById("latest-answer").getTextContent().contains("noted that you met"));
    }

    @Test
    void theExportIsOfferedAsADownloadInFransDirectMessage() throws Exception {
        HtmlPage fran = browser.open("fran");

        command(fran, "/cop export");
        await().atMost(SCRIPT_MS).until(() -> fran.getFirstByXPath("//a[@class='download']") != null);

        HtmlAnchor link = fran.getFirstByXPath("//a[@class='download']");
        assertThat(link.getTextContent()).contains("cop-export-").contains(".csv").contains("Download");
        assertThat(link.hasAttribute("download")).isTrue();
        WebResponse file = browser.client().loadWebResponse(new WebRequest(new URL(browser.url(
                link.getHrefAttribute()))));
        assertThat(file.getContentType()).isEqualTo("text/csv");
        assertThat(file.getResponseHeaderValue("Content-Disposition")).startsWith("attachment")
                .contains("cop-export-");
        assertThat(file.getContentAsString()).startsWith(TrendExport.HEADER);
        assertThat(fran.getElementById("latest-answer").getTextContent())
                .contains("Sent you the export as a file in a direct message");
    }

    @Test
    void aNewDirectMessageComesFirstInThePrivatePanelMarkedNewAboveOlderAnswers() throws Exception {
        HtmlPage fran = browser.open("fran");
        command(fran, "/cop help");
        await().atMost(SCRIPT_MS).until(() -> fran.getElementById("latest-answer") != null
                && fran.getElementById("latest-answer").getTextContent().contains("/cop help"));

        // the export arrives as a direct message, after the help answer: it is above it, marked new
        command(fran, "/cop export");
        await().atMost(SCRIPT_MS).until(() -> fran.getFirstByXPath(
                "//div[@id='private']/*[@data-conversation][.//a[@class='download']]") != null);
        List<DomElement> panel = new java.util.ArrayList<>();
        fran.getElementById("private").getChildElements().forEach(panel::add);
        DomElement message = panel.stream().filter(item -> item.hasAttribute("data-conversation")
                && item.getFirstByXPath(".//a[@class='download']") != null).findFirst().orElseThrow();
        DomElement help = panel.stream().filter(item -> item.getTextContent().contains("/cop help")).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(panel.indexOf(message)).as("newer than the help answer, so above it").isLessThan(panel.indexOf(help));
        assertThat(message.getAttribute("class")).contains("fresh");
        assertThat(((DomElement) message.getFirstByXPath(".//span[@class='new-tag']")).getTextContent())
                .isEqualTo("new");

        message.click();
        browser.waitForScripts(500);
        assertThat((Object) fran.getElementById("private").getFirstByXPath(".//span[@class='new-tag']"))
                .as("seen once clicked").isNull();
    }

    @Test
    void theExportsDirectMessageIsNoConversationSoItOffersNoReplyBox() throws Exception {
        HtmlPage fran = browser.open("fran");

        command(fran, "/cop export");
        await().atMost(SCRIPT_MS).until(() -> fran.getFirstByXPath("//a[@class='download']") != null);

        DomElement dm = fran.getFirstByXPath("//a[@class='download']/ancestor::div[@data-conversation]");
        assertThat(dm.getTextContent()).doesNotContain("No replies yet").doesNotContain("Reply in thread");
        assertThat((Object) dm.getFirstByXPath(".//textarea")).isNull();
    }

    @Test
    void theTryButtonsOfferTheStorysCommandsOnOneLineEachAndThePageAsksForNoFavicon() throws Exception {
        HtmlPage fran = browser.open("fran");

        List<String> examples = fran.<DomElement>getByXPath("//button[contains(@class,'example')]").stream()
                .map(DomElement::getTextContent).toList();
        assertThat(examples).contains("/cop prompt word", "/cop prompt challenge", "/cop prompt custom", "/cop digest",
                "/cop pair", "/cop pair ecomap").doesNotHaveDuplicates();
        assertThat(examples.indexOf("/cop prompt challenge")).isEqualTo(examples.indexOf("/cop prompt word") + 1);
        DomElement csv = fran.getFirstByXPath("//button[contains(@class,'example')][starts-with(., '/cop partners import')]");
        assertThat(csv.getAttribute("title")).isEqualTo(csv.getTextContent());
        assertThat(((DomElement) fran.getFirstByXPath("//link[@rel='icon']")).getAttribute("href")).isEqualTo("data:,");
        String css = client().get("/playground/playground.css").body();
        assertThat(css).containsPattern("\\.example \\{[^}]*white-space: nowrap");
    }

    private int metAnswers() {
        return jdbc.sql("SELECT COUNT(*) FROM pairing_answer WHERE answer = 'MET'").query(Integer.class).single();
    }
}
