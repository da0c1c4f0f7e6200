package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.playground.PlaygroundBrowser.SCRIPT_MS;
import static org.copcheckin.playground.PlaygroundBrowser.command;

import org.copcheckin.support.CoreTestConfiguration;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A fresh playground after the start-up warm-ups, which post scratch check-ins and delete them again: the first
 * check-in a newcomer posts in a channel reads as #1 in the browser (its database id does not), the next as #2, and
 * each channel counts its own. The only test context with the intake warm-up on, as a real start has it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "cop.intake-warm-up=1001")
@ActiveProfiles("test")
@Import(CoreTestConfiguration.class)
class PlaygroundCheckInNumberTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFreshPlaygroundsFirstCheckInReadsAsNumberOneInItsChannel() throws Exception {
        try (PlaygroundBrowser browser = new PlaygroundBrowser(port)) {
            HtmlPage fran = browser.open("fran");

            command(fran, "/cop prompt word");
            await().atMost(SCRIPT_MS).until(() -> PlaygroundBrowser.latest(fran).contains("Posted the"));
            assertThat(PlaygroundBrowser.latest(fran)).contains("Posted the word prompt (check-in #1).");
            // the warm-ups' scratch check-ins used ids up: the number is not the id
            assertThat(jdbc.sql("SELECT MAX(id) FROM checkin").query(Long.class).single()).isGreaterThan(1L);

            command(fran, "/cop prompt challenge");
            await().atMost(SCRIPT_MS).until(() -> PlaygroundBrowser.latest(fran).contains("challenge prompt"));
            assertThat(PlaygroundBrowser.latest(fran)).contains("(check-in #2).");

            HtmlPage isabelle = browser.open("isabelle");
            command(isabelle, "/cop prompt word");
            await().atMost(SCRIPT_MS).until(() -> PlaygroundBrowser.latest(isabelle).contains("publiée"));
            assertThat(PlaygroundBrowser.latest(isabelle)).contains("(bilan no 1).");
        }
    }
}
