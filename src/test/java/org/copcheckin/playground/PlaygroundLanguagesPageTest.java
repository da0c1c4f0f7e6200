package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.playground.PlaygroundBrowser.SCRIPT_MS;
import static org.copcheckin.playground.PlaygroundBrowser.command;
import static org.copcheckin.playground.PlaygroundBrowser.latest;

import java.util.List;

import org.copcheckin.support.DatabaseScan;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.javascript.host.event.KeyboardEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The French and Spanish communities of the playground in a real (headless, Java) browser: the switcher leads to
 * them, their members reply, press a feeling and reply privately, and every answer comes in the channel's
 * language, while the names of the people in them reach no trend.
 */
@PlaygroundHttpTest
class PlaygroundLanguagesPageTest {

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

    private HtmlPage switchTo(HtmlPage page, String channelId) throws Exception {
        HtmlPage switched = ((HtmlAnchor) page.getElementById("channel-" + channelId)).click();
        browser.waitForScripts(500);
        return switched;
    }

    private String newestThread(String as) {
        return new PlaygroundClient(port).newestInChannel(as).get("threadId").asString();
    }

    @Test
    void aMemberOfTheFrenchCommunityRepliesAndEveryAnswerComesInFrench() throws Exception {
        HtmlPage fran = browser.open("fran");
        HtmlPage isabelle = switchTo(fran, Personas.FRENCH_CHANNEL_ID);
        assertThat(isabelle.getElementById("channel-name").getTextContent()).contains("cdp-terrain");
        assertThat(isabelle.getElementById("personas").getTextContent()).contains("Isabelle").contains("Étienne")
                .doesNotContain("Fran").doesNotContain("Lucía");

        command(isabelle, "/cop prompt word");
        await().atMost(SCRIPT_MS).until(() -> latest(isabelle).contains("Invitation « mot » publiée"));
        assertThat(isabelle.getElementById("timeline").getTextContent()).contains("Bilan : un mot")
                .contains("Répondez dans ce fil").contains("Répondre en privé").contains("fatigue");
        assertThat(browser.open("fran").getElementById("timeline").getTextContent()).doesNotContain("Bilan");
        String threadId = newestThread("isabelle");

        HtmlPage page = browser.open("chloe");
        HtmlTextArea box = page.getFirstByXPath("//textarea[@data-thread='" + threadId + "']");
        box.focus();
        box.type("Fatigue : Sophie et moi avons couru après l’autobus scolaire avec Josée toute la semaine.");
        box.type(KeyboardEvent.DOM_VK_RETURN);
        await().atMost(SCRIPT_MS).until(() -> page.getElementById("timeline").getTextContent().contains("autobus"));
        await().atMost(SCRIPT_MS).until(() -> latest(page).contains("Votre réponse semble contenir un nom"));

        HtmlPage sophie = browser.open("sophie");
        ((DomElement) sophie.getFirstByXPath("//button[text()='fatigue']")).click();
        await().atMost(SCRIPT_MS).until(() -> latest(sophie).contains("votre réponse en un mot"));
        assertThat(latest(sophie)).contains("Merci").contains("fatigue").doesNotContain("Thanks");

        HtmlPage again = browser.open("isabelle");
        command(again, "/cop digest");
        await().atMost(SCRIPT_MS).until(() -> latest(again).contains("Synthèse des bilans"));
        assertThat(latest(again)).contains("Participation :").contains("semaine du").doesNotContain("people")
                .doesNotContain("week of");
        command(again, "/cop pair preview");
        await().atMost(SCRIPT_MS).until(() -> latest(again).contains("Aperçu du jumelage"));

        assertThat(namesInTrends(List.of("Chloé", "Sophie", "Josée", "Isabelle", "Karim", "Nathalie", "Étienne")))
                .isEmpty();
    }

    @Test
    void aMemberOfTheSpanishCommunityRepliesPrivatelyAndIsAnsweredInSpanish() throws Exception {
        HtmlPage lucia = switchTo(browser.open("isabelle"), Personas.SPANISH_CHANNEL_ID);
        assertThat(lucia.getElementById("channel-name").getTextContent()).contains("cop-campo");

        command(lucia, "/cop prompt challenge");
        await().atMost(SCRIPT_MS).until(() -> latest(lucia).contains("«desafío»"));
        String threadId = newestThread("lucia");

        HtmlPage page = browser.open("valentina");
        DomElement button = page.getFirstByXPath("//textarea[@data-private='" + threadId
                + "']/ancestor::div[contains(@class,'msg-body')]//button[text()='Responder en privado']");
        assertThat(button).as("the prompt's Responder en privado button").isNotNull();
        button.click();
        browser.waitForScripts(500);
        HtmlTextArea box = page.getFirstByXPath("//textarea[@data-private='" + threadId + "']");
        box.type("Diego y Guadalupe no tienen vivienda: el arrendador subió la renta otra vez.");
        ((DomElement) page.getFirstByXPath("//textarea[@data-private='" + threadId + "']/following-sibling::button"))
                .click();
        await().atMost(SCRIPT_MS).until(() -> latest(page).contains("su respuesta privada se cuenta"));
        assertThat(latest(page)).contains("Vivienda y arrendadores").doesNotContain("Guadalupe")
                .doesNotContain("Thank you");

        HtmlPage again = browser.open("lucia");
        command(again, "/cop status");
        await().atMost(SCRIPT_MS).until(() -> latest(again).contains("Zona horaria de la comunidad"));
        command(again, "/cop frobnicate");
        await().atMost(SCRIPT_MS).until(() -> latest(again).contains("No conozco"));

        assertThat(namesInTrends(List.of("Diego", "Guadalupe", "Valentina", "Lucía", "Mateo", "Camila", "Andrés")))
                .isEmpty();
    }

    /** The trend and insight tables only: member rows rightly hold the personas' ids, which are their names. */
    private List<String> namesInTrends(List<String> names) {
        return DatabaseScan.findWords(jdbc, names).stream()
                .filter(found -> found.toLowerCase(java.util.Locale.ROOT).startsWith("trend")
                        || found.toLowerCase(java.util.Locale.ROOT).startsWith("insight"))
                .toList();
    }
}
