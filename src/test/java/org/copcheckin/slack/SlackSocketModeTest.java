package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.OptionalLong;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Socket Mode: with an app token the app opens a WebSocket to the URL {@code apps.connections.open} gives
 * (here a local stand-in), answers envelopes with acknowledgements, and needs no public URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slack.app-token=xapp-test-app-token", "slack.bot-token=xoxb-test-bot-token"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = SlackHttpTest.StandInUrl.class)
class SlackSocketModeTest {

    private static final String TEAM = SlackStandIn.TEAM;

    @Autowired
    Communities communities;
    @Autowired
    CheckIns checkIns;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @BeforeAll
    static void standIn() {
        SlackStandIn.reset();
        SlackStandIn.server().stubFor(SlackStandIn.api("apps.connections.open").atPriority(1)
                .willReturn(okJson("{\"ok\":true,\"url\":\"" + SocketModeStandIn.url() + "\"}")));
    }

    @Test
    void theSocketRunsOnJavaWebSocketAndTheUnmaintainedTyrusIsNotOnTheClasspath() {
        await().atMost(Duration.ofSeconds(20)).until(SocketModeStandIn::connected);

        // Java-WebSocket's client reads on a thread of its own name; Tyrus 1.x would run on Grizzly's
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .anyMatch(name -> name.startsWith("WebSocketConnectReadThread"));
        assertThatThrownBy(() -> Class.forName("org.glassfish.tyrus.client.ClientManager"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("javax.websocket.ContainerProvider"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theAppConnectsWithItsAppTokenAndCountsAThreadReplyOnceAcknowledgingEachEnvelope() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(SocketModeStandIn::connected);
        assertThat(SlackStandIn.calls("apps.connections.open")).isNotEmpty().allSatisfy(call ->
                assertThat(call.getHeader("Authorization")).isEqualTo("Bearer xapp-test-app-token"));
        String channel = "C-SOCKET";
        CheckIn checkIn = checkIns.post(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, TEAM, channel)),
                PromptKind.WORD, null, OptionalLong.empty());
        String event = SlackPayloads.callback("Ev-SOCKET-1", TEAM, SlackPayloads.threadReply(channel,
                checkIn.thread().threadId(), "U-1", "1700000101.000001", "one word: tired"));

        SocketModeStandIn.push(envelope("env-1", event, 0));
        SocketModeStandIn.push(envelope("env-2", event, 1));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(SocketModeStandIn.RECEIVED)
                .anySatisfy(m -> assertThat(m).contains("env-1")).anySatisfy(m -> assertThat(m).contains("env-2")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aSlashCommandOverTheSocketIsAnsweredThroughItsResponseUrl() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(SocketModeStandIn::connected);
        String payload = "{\"token\":\"x\",\"team_id\":\"" + TEAM + "\",\"channel_id\":\"C-SOCKET-2\","
                + "\"user_id\":\"U-MEMBER\",\"command\":\"/cop\",\"text\":\"help\",\"api_app_id\":\"A-COP\","
                + "\"response_url\":\"" + SlackStandIn.responseUrl("socket-help") + "\",\"trigger_id\":\"1.2\"}";

        SocketModeStandIn.push("{\"envelope_id\":\"env-cmd\",\"type\":\"slash_commands\",\"payload\":" + payload
                + ",\"accepts_response_payload\":true}");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(SlackStandIn.responses("socket-help")).singleElement().satisfies(answer ->
                        assertThat(answer.getBodyAsString()).contains("You are a *member*")));
        // the answer runs after the ack, on an executor: on a busy machine it can reach Slack before the ack does
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(SocketModeStandIn.RECEIVED)
                .anySatisfy(m -> assertThat(m).contains("env-cmd")));
    }

    @Test
    void noHttpRequestIsAcceptedWithoutASigningSecret() {
        var response = new SignedSlack(port).command(TEAM, "C-X", "U-CONFIGURED", "help", SlackStandIn.responseUrl("x"));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    static String envelope(String id, String payload, int retry) {
        return "{\"envelope_id\":\"" + id + "\",\"payload\":" + payload + ",\"type\":\"events_api\","
                + "\"accepts_response_payload\":false,\"retry_attempt\":" + retry + ",\"retry_reason\":\""
                + (retry > 0 ? "timeout" : "") + "\"}";
    }
}
