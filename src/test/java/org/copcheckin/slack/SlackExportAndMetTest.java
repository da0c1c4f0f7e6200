package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.copcheckin.insights.TrendExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Over signed Slack requests against the Web API stand-in: {@code /cop export} arrives as a CSV file in the
 * facilitator's direct message through the files upload v2 flow, and a pair's plain "met" in its group DM counts
 * as the introduction's button.
 */
@SlackHttpTest
class SlackExportAndMetTest {

    private static final String TEAM = SlackStandIn.TEAM;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private SignedSlack slack;
    private final String channel = "C" + System.nanoTime();

    @BeforeEach
    void standIn() {
        SlackStandIn.reset();
        SlackStandIn.stub(SlackStandIn.api("conversations.members"),
                "{\"ok\":true,\"members\":[\"U-PA\",\"U-PB\"],\"response_metadata\":{\"next_cursor\":\"\"}}");
        slack = new SignedSlack(port);
    }

    @Test
    void exportUploadsACsvFileToTheFacilitatorsDirectMessage() {
        SlackStandIn.stub(SlackStandIn.api("conversations.open"), "{\"ok\":true,\"channel\":{\"id\":\"D-EXPORT\"}}");

        slack.command(TEAM, channel, "U-CONFIGURED", "export", SlackStandIn.responseUrl("export"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackStandIn.responses("export").isEmpty());
        assertThat(decoded(SlackStandIn.responses("export").get(0).getBodyAsString()))
                .contains("Sent you the export as a file in a direct message: cop-export-").contains(".csv");
        assertThat(SlackStandIn.calls("files.getUploadURLExternal")).singleElement().satisfies(call ->
                assertThat(decoded(call.getBodyAsString())).containsPattern("filename=cop-export-\\d{4}-\\d\\d-\\d\\d"
                        + "-to-\\d{4}-\\d\\d-\\d\\d\\.csv"));
        assertThat(SlackStandIn.uploads()).singleElement().satisfies(upload ->
                assertThat(new String(upload.getBody(), StandardCharsets.UTF_8)).startsWith(TrendExport.HEADER));
        assertThat(SlackStandIn.calls("files.completeUploadExternal")).singleElement().satisfies(call ->
                assertThat(decoded(call.getBodyAsString())).contains("F-UP").contains("channel_id=D-EXPORT")
                        .contains("figures of at least 3 people (k)"));
    }

    @Test
    void aPairsMetInItsGroupDirectMessageCountsAsTheButton() {
        SlackStandIn.stub(SlackStandIn.api("conversations.open"), "{\"ok\":true,\"channel\":{\"id\":\"G-PAIR-"
                + channel + "\"}}");
        slack.command(TEAM, channel, "U-CONFIGURED", "pair", SlackStandIn.responseUrl("pair"));
        await().atMost(Duration.ofSeconds(20)).until(() -> groupOf("G-PAIR-" + channel) != null);
        String text = decoded(SlackStandIn.calls("chat.postMessage").get(0).getBodyAsString());
        assertThat(text).contains("reply 'met'");

        slack.event(SlackPayloads.callback("Ev-MET-" + channel, TEAM, "{\"type\":\"message\",\"channel\":\"G-PAIR-"
                + channel + "\",\"user\":\"U-PB\",\"text\":\"We met!\",\"ts\":\"1700000400.000001\","
                + "\"event_ts\":\"1700000400.000001\",\"channel_type\":\"mpim\"}"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM pairing_answer WHERE "
                + "group_id = ? AND user_id = 'U-PB'").param(groupOf("G-PAIR-" + channel)).query(Integer.class)
                .single() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> SlackStandIn.calls("chat.postEphemeral").stream()
                .map(call -> decoded(call.getBodyAsString()))
                .anyMatch(body -> body.contains("noted that you met") && body.contains("user=U-PB")));
    }

    private Long groupOf(String conversation) {
        return jdbc.sql("SELECT id FROM pairing_group WHERE conversation_id = ?").param(conversation)
                .query(Long.class).optional().orElse(null);
    }

    private static String decoded(String form) {
        return URLDecoder.decode(form, StandardCharsets.UTF_8);
    }
}
