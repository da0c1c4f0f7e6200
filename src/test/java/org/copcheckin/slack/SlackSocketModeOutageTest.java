package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

import org.copcheckin.CopCheckinApplication;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Socket Mode while Slack is unreachable at start: the application starts anyway, reports the connection DOWN
 * and connects by itself once {@code apps.connections.open} answers again; a token Slack refuses still stops
 * start-up. The context is closed after the class so that its socket does not outlive it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.app-token=xapp-test-app-token", "slack.bot-token=xoxb-test-bot-token",
        "slack.socket-retry-initial=20ms", "slack.socket-retry-max=100ms"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = SlackHttpTest.StandInUrl.class)
@DirtiesContext
class SlackSocketModeOutageTest {

    @Autowired
    @Qualifier("slackSocketMode")
    HealthIndicator socketModeHealth;
    @Autowired
    Communities communities;
    @Autowired
    CheckIns checkIns;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    static void slackIsDown() {
        SlackStandIn.reset();
        SlackStandIn.server().stubFor(SlackStandIn.api("apps.connections.open").atPriority(3)
                .inScenario("outage").whenScenarioStateIs(STARTED).willSetStateTo("still down")
                .willReturn(aResponse().withStatus(503)));
        SlackStandIn.server().stubFor(SlackStandIn.api("apps.connections.open").atPriority(3)
                .inScenario("outage").whenScenarioStateIs("still down")
                .willReturn(okJson("{\"ok\":false,\"error\":\"internal_error\"}")));
    }

    @AfterAll
    static void slackAnswersAsUsual() {
        SlackStandIn.reset();
    }

    @Test
    void theAppStartsWhileSlackIsDownAndConnectsByItselfOnceSlackIsBack() throws Exception {
        await().atMost(Duration.ofSeconds(5)).until(() -> SlackStandIn.calls("apps.connections.open").size() >= 3);
        var down = socketModeHealth.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsEntry("status", "reconnecting").containsEntry("error", "error internal_error")
                .hasEntrySatisfying("attempts", attempts -> assertThat((Integer) attempts).isGreaterThanOrEqualTo(2));
        assertThat(get("/actuator/health/readiness")).isEqualTo(503);
        assertThat(get("/actuator/health/liveness")).isEqualTo(200);

        SlackStandIn.server().stubFor(SlackStandIn.api("apps.connections.open").atPriority(2)
                .willReturn(okJson("{\"ok\":true,\"url\":\"" + SocketModeStandIn.url() + "\"}")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(socketModeHealth.health().getStatus()).isEqualTo(Status.UP));
        assertThat(get("/actuator/health/readiness")).isEqualTo(200);
        String channel = "C-SOCKET-OUTAGE";
        CheckIn checkIn = checkIns.post(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK,
                SlackStandIn.TEAM, channel)), PromptKind.WORD, null, OptionalLong.empty());
        SocketModeStandIn.push(SlackSocketModeTest.envelope("env-outage-1", SlackPayloads.callback("Ev-OUTAGE-1",
                SlackStandIn.TEAM, SlackPayloads.threadReply(channel, checkIn.thread().threadId(), "U-1",
                        "1700000201.000001", "one word: back")), 0));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SocketModeStandIn.RECEIVED).anySatisfy(m -> assertThat(m).contains("env-outage-1")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aTokenSlackRefusesStopsStartUpWithAMessageNamingSlackAppToken() {
        SlackStandIn.server().stubFor(SlackStandIn.api("apps.connections.open").atPriority(1)
                .withHeader("Authorization", equalTo("Bearer xapp-revoked-token"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));

        assertThatThrownBy(() -> new SpringApplicationBuilder(CopCheckinApplication.class).profiles("test")
                .properties("server.port=0", "slack.app-token=xapp-revoked-token", "slack.bot-token=xoxb-test-bot-token",
                        "slack.api-url=" + SlackStandIn.apiUrl())
                .run().close())
                .rootCause().hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("invalid_auth")
                .hasMessageNotContaining("xapp-revoked-token");
    }

    private int get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
