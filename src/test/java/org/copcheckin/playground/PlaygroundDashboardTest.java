package org.copcheckin.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** As Fran, {@code /cop dashboard} answers privately with a link that opens the playground channel's dashboard. */
@PlaygroundHttpTest
class PlaygroundDashboardTest {

    private static final Pattern HREF = Pattern.compile("<a href=\"(https?://[^\"]+/dashboard/\\d+\\?t=[^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void theFacilitatorsDashboardAnswerIsALinkThatOpensTheDashboard() {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop dashboard");

        JsonNode answer = client.newestAnswer("fran");
        Matcher href = HREF.matcher(answer.get("html").asText());
        assertThat(href.find()).as(answer.toString()).isTrue();
        assertThat(answer.get("html").asText()).contains("target=\"_blank\"").contains("rel=\"noopener noreferrer\"");

        String pathAndQuery = href.group(1).replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> page = client.get(pathAndQuery);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Community dashboard").contains("Eco-map");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theLinksEndNamesTheZoneOnceAndTheZonesIdWhenItsTimeShowsAnAbbreviation() {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop dashboard");
        String utc = client.newestAnswer("fran").get("html").asText();
        assertThat(utc).containsPattern("works until [^<]* \\d\\d:\\d\\d UTC and only for this channel")
                .doesNotContain("UTC (UTC)");
        try {
            client.command("fran", "/cop settings zone America/Los_Angeles");
            client.command("fran", "/cop dashboard");
            assertThat(client.newestAnswer("fran").get("html").asText())
                    .containsPattern("works until [^<]* P[SD]T \\(America/Los_Angeles\\) and only");
        } finally {
            client.command("fran", "/cop settings zone UTC");
        }
    }

    @Test
    void aMemberIsRefusedAndNobodyElseSeesTheFacilitatorsLink() {
        PlaygroundClient client = new PlaygroundClient(port);
        client.command("fran", "/cop dashboard");
        client.command("ana", "/cop dashboard");

        assertThat(client.newestAnswer("ana").get("html").asText()).doesNotContain("/dashboard/");
        assertThat(client.state("ben").toString()).doesNotContain("/dashboard/");
    }
}
