package org.copcheckin.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.copcheckin.metrics.CopMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The Socket Mode lifecycle on its own, against the Web API stand-in: stopping while a retry is pending, and a
 * token refused after start-up. Its stubs answer only this class's app token, so other tests are not disturbed.
 */
class SocketModeLifecycleTest {

    private static final String TOKEN = "xapp-lifecycle-token";

    private final List<StubMapping> stubs = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void slackKnowsTheToken() {
        // the SDK resolves the token's team with auth.test before its first call
        stubs.add(SlackStandIn.server().stubFor(SlackStandIn.api("auth.test").atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .willReturn(okJson("{\"ok\":true,\"team_id\":\"" + SlackStandIn.TEAM + "\",\"user_id\":\"U-APP\"}"))));
    }

    @AfterEach
    void removeStubs() {
        stubs.forEach(SlackStandIn.server()::removeStub);
    }

    @Test
    void stoppingWhileARetryIsPendingCancelsItAndLeavesNoThreadBehind() {
        stub(aResponse().withStatus(503));
        SocketMode socketMode = socketMode(Duration.ofSeconds(30));

        socketMode.start();

        assertThat(socketMode.isRunning()).isTrue();
        assertThat(health(socketMode).getDetails()).containsEntry("status", "reconnecting").containsEntry("attempts", 1)
                .containsEntry("error", "HTTP 503");
        assertThat(retryThreadAlive()).isTrue();

        socketMode.stop();

        assertThat(socketMode.isRunning()).isFalse();
        await().atMost(Duration.ofSeconds(1)).until(() -> !retryThreadAlive());
        assertThat(health(socketMode).getDetails()).containsEntry("status", "stopped");
        assertThat(meters.counter("cop.platform.connect.attempts", "platform", "slack", "outcome", "unavailable")
                .count()).isEqualTo(1);
    }

    @Test
    void aTokenRefusedAfterStartUpEndsTheAttemptsAndShowsWhy() {
        stub(okJson("{\"ok\":false,\"error\":\"ratelimited\"}"));
        SocketMode socketMode = socketMode(Duration.ofMillis(20));
        socketMode.start();

        stub(okJson("{\"ok\":false,\"error\":\"token_revoked\"}"));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(health(socketMode).getDetails())
                .containsEntry("status", "refused").containsEntry("error", "token_revoked"));
        assertThat(health(socketMode).getStatus()).isEqualTo(Status.DOWN);
        await().atMost(Duration.ofSeconds(1)).until(() -> !retryThreadAlive());
        socketMode.stop();
    }

    @Test
    void aRateLimitAtStartIsWaitedOutForAsLongAsSlacksRetryAfterSays() {
        stub(aResponse().withStatus(429).withHeader("Retry-After", "40"));
        SocketMode socketMode = socketMode(Duration.ofMillis(20));

        socketMode.start();

        assertThat(health(socketMode).getDetails()).containsEntry("error", "HTTP 429");
        assertThat(socketMode.nextRetryIn()).isEqualTo(Duration.ofSeconds(40)); // not the 20 ms backoff
        socketMode.stop();
        await().atMost(Duration.ofSeconds(1)).until(() -> !retryThreadAlive());
    }

    private void stub(ResponseDefinitionBuilder answer) {
        MappingBuilder mapping = SlackStandIn.api("apps.connections.open").atPriority(1)
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)).willReturn(answer);
        stubs.add(SlackStandIn.server().stubFor(mapping));
    }

    private SocketMode socketMode(Duration initialRetry) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(SlackStandIn.apiUrl());
        App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken("xoxb-test-bot-token")
                .signingSecret("unused").build());
        SlackProperties properties = new SlackProperties(null, null, TOKEN, null, null, SlackStandIn.apiUrl(),
                initialRetry, initialRetry.multipliedBy(5));
        return new SocketMode(app, properties, new CopMetrics(meters));
    }

    private static Health health(SocketMode socketMode) {
        return new SocketModeHealthIndicator(socketMode).health();
    }

    private static boolean retryThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("slack-socket-mode-retry") && thread.isAlive());
    }
}
