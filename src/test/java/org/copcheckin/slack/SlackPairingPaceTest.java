package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A pairing round whose introductions take longer than the command's answer may wait (each
 * {@code conversations.open} slow, as at Slack's Tier 3 in a large channel): {@code /cop pair} answers that the
 * round is under way, another command is acknowledged and answered at once meanwhile, and {@code status} shows
 * how far the round got, then how it ended.
 */
@SlackHttpTest
class SlackPairingPaceTest {

    private static final String TEAM = SlackStandIn.TEAM;
    private static final int MEMBERS = 16;

    @LocalServerPort
    int port;
    @Autowired
    Communities communities;
    @Autowired
    JdbcClient jdbc;

    private SignedSlack slack;
    private final String channel = "C-PACE-" + System.nanoTime();

    @BeforeEach
    void standIn() {
        SlackStandIn.reset();
        slack = new SignedSlack(port);
        List<String> members = IntStream.rangeClosed(1, MEMBERS).mapToObj(i -> "\"U-PACE-" + i + "\"").toList();
        SlackStandIn.server().stubFor(SlackStandIn.api("conversations.members").atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":true,\"members\":[" + String.join(",", members)
                                + "],\"response_metadata\":{\"next_cursor\":\"\"}}")));
        // each introduction's conversation takes 0.9 s to open: eight groups take longer than the answer waits
        SlackStandIn.server().stubFor(SlackStandIn.api("conversations.open").atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFixedDelay(900).withBody("{\"ok\":true,\"channel\":{\"id\":\"G-PACE\"}}")));
    }

    @Test
    void aLongRoundIsUnderWayWhileAnotherCommandIsAckedAndAnsweredAtOnceAndStatusShowsItsProgress() {
        HttpResponse<String> pair = slack.command(TEAM, channel, SlackStandIn.ADMIN, "pair",
                SlackStandIn.responseUrl("pace-pair"));
        assertThat(pair.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !SlackStandIn.responses("pace-pair").isEmpty());
        String answer = SlackStandIn.responses("pace-pair").get(0).getBodyAsString();
        assertThat(answer).contains("under way").contains("Introducing 8 groups privately (16 members)")
                .contains("`/cop status` shows how far it got");
        assertThat(outcome()).isEqualTo("RUNNING");

        List<Duration> acks = new ArrayList<>();
        Instant sent = Instant.now();
        HttpResponse<String> status = slack.command(TEAM, channel, SlackStandIn.ADMIN, "status",
                SlackStandIn.responseUrl("pace-status"));
        acks.add(Duration.between(sent, Instant.now()));
        assertThat(status.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(3)).until(() -> !SlackStandIn.responses("pace-status").isEmpty());
        Duration answered = Duration.between(sent, Instant.now());
        String progress = SlackStandIn.responses("pace-status").get(0).getBodyAsString();

        assertThat(acks.get(0)).isLessThan(Duration.ofSeconds(1));
        assertThat(answered).isLessThan(Duration.ofSeconds(3));
        assertThat(progress).containsPattern("\\*Pairing\\*: round #\\d+ under way: [0-8] of 8 groups introduced");
        assertThat(outcome()).as("the round was still introducing when status answered").isEqualTo("RUNNING");

        await().atMost(Duration.ofSeconds(30)).until(() -> outcome().equals("DONE"));
        slack.command(TEAM, channel, SlackStandIn.ADMIN, "status", SlackStandIn.responseUrl("pace-done"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !SlackStandIn.responses("pace-done").isEmpty());
        assertThat(SlackStandIn.responses("pace-done").get(0).getBodyAsString())
                .containsPattern("\\*Pairing\\*: last round #\\d+ .* done \\(8 groups");
        assertThat(SlackStandIn.calls("conversations.open")).hasSize(8);
    }

    private String outcome() {
        long community = communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, TEAM, channel)).id();
        return jdbc.sql("SELECT outcome FROM pairing_round WHERE community_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(community).query(String.class).optional().orElse("none");
    }
}
