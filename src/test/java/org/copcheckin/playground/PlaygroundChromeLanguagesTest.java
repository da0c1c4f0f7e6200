package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.playground.PlaygroundBrowser.SCRIPT_MS;
import static org.copcheckin.playground.PlaygroundBrowser.command;

import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The playground's own words (labels, buttons, placeholders, the script's texts under a prompt) in a real
 * (headless, Java) browser when the French or Spanish channel is shown; the ids and classes the scripts and tests
 * use stay as they are, and the English chrome is gone.
 */
@PlaygroundHttpTest
class PlaygroundChromeLanguagesTest {

    @LocalServerPort
    int port;

    private PlaygroundBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new PlaygroundBrowser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "isabelle; Isabelle; fr; Vous êtes; Envoyer; Horloge du terrain d’essai; +4 heures; Trouver des partenaires;"
                + " Répondre dans le fil en tant que Isabelle; Envoyer en privé; Visible seulement par",
        "lucia; Lucía; es; Usted es; Enviar; Reloj del área de prueba; +4 horas; Buscar aliados;"
                + " Responder en el hilo como Lucía; Enviar en privado; Visible solo para"})
    void theFrenchAndSpanishChannelsShowThePagesOwnWordsInTheirLanguage(String as, String name, String code,
            String youAre, String send, String clock, String fourHours, String find, String replyAs, String sendPrivately,
            String onlyVisible) throws Exception {
        HtmlPage page = browser.open(as);
        assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo(code);
        HtmlTextInput input = (HtmlTextInput) page.getElementById("command-input");
        await().atMost(SCRIPT_MS).until(() -> input.getAttribute("placeholder").contains(name));
        assertThat(input.getAttribute("placeholder")).doesNotContain("(as ");
        String chrome = page.getBody().getTextContent();
        assertThat(chrome).contains(youAre, send, clock, fourHours, find, onlyVisible)
                .doesNotContain("You are").doesNotContain("Playground clock").doesNotContain("Find partners")
                .doesNotContain("+4 hours").doesNotContain("Only visible to").doesNotContain("Add an organisation")
                .doesNotContain("What should members answer").doesNotContain("Local only");
        assertThat(page.getElementById("find-need").getAttribute("placeholder")).doesNotContain("need or theme");
        assertThat(page.getElementById("csv-text").getAttribute("placeholder")).startsWith("name,region,services,contact")
                .doesNotContain("Westside").doesNotContain("weekdays");

        command(page, "/cop prompt word");
        await().atMost(SCRIPT_MS).until(() -> page.getFirstByXPath("//textarea[@data-private]") != null);
        DomElement reply = page.getFirstByXPath("(//div[@id='timeline']//form[@class='reply-form']/textarea)[last()]");
        assertThat(reply.getAttribute("placeholder")).isEqualTo(replyAs + "…");
        DomElement privately = page.getFirstByXPath("(//textarea[@data-private])[last()]/following-sibling::button");
        assertThat(privately.getTextContent()).isEqualTo(sendPrivately);
        String timeline = page.getElementById("timeline").getTextContent();
        assertThat(timeline).doesNotContain("No replies yet").doesNotContain("Send privately")
                .doesNotContain("Only counted").doesNotContain("Reply in thread");
        assertThat(page.getElementById("private").getTextContent()).doesNotContain("only you ·");
    }

    @org.junit.jupiter.api.Test
    void settingTheChannelsLanguageSwitchesThePagesOwnWordsWithoutAReloadByHand() throws Exception {
        HtmlPage page = browser.open("fran");
        try {
            type(page, "/cop settings language fr");
            await().atMost(SCRIPT_MS).until(() -> current().getDocumentElement().getAttribute("lang").equals("fr")
                    && current().getElementById("latest-answer") != null);
            HtmlPage french = current();
            assertThat(french.getBody().getTextContent()).contains("Vous êtes").doesNotContain("You are");
            assertThat(french.getElementById("latest-answer").getTextContent()).contains("vous seulement");
            assertThat(french.getElementById("command-input").getAttribute("placeholder")).contains("Fran");
        } finally {
            type(current(), "/cop settings language en");
        }
        await().atMost(SCRIPT_MS).until(() -> current().getDocumentElement().getAttribute("lang").equals("en")
                && current().getElementById("latest-answer") != null);
        HtmlPage english = current();
        assertThat(english.getBody().getTextContent()).contains("You are").doesNotContain("Vous êtes");
        assertThat(english.getElementById("latest-answer").getTextContent()).contains("only you")
                .doesNotContain("vous seulement");
    }

    private HtmlPage current() {
        return (HtmlPage) browser.client().getCurrentWindow().getEnclosedPage();
    }

    private void type(HtmlPage page, String text) throws Exception {
        HtmlTextInput input = (HtmlTextInput) page.getElementById("command-input");
        input.setValue("");
        input.type(text);
        input.type('\n');
        browser.waitForScripts(1_000);
    }
}
