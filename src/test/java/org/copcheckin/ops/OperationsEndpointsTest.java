package org.copcheckin.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.ReplyIntake;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.Fixtures;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * What operators scrape and probe, over real HTTP: readiness follows a platform connection's health, and the
 * bot's own meters appear at {@code /actuator/prometheus} as the events happen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({CoreTestConfiguration.class, OperationsEndpointsTest.SlackConnection.class})
class OperationsEndpointsTest {

    @LocalServerPort
    int port;
    @Autowired
    CommandHandler commands;
    @Autowired
    ReplyIntake replies;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Communities communities;
    @Autowired
    Schedules schedules;
    @Autowired
    CopMetrics metrics;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SlackConnection slack;

    @Test
    void readinessFollowsAnEnabledPlatformsConnectionButLivenessDoesNot() throws Exception {
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        slack.up.set(false);
        try {
            assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        } finally {
            slack.up.set(true);
        }
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void theBotsEventsShowUpAsPrometheusMetrics() throws Exception {
        ChannelRef channel = Fixtures.channel("C-METRICS");
        commands.handle(Fixtures.command(channel, "U-CONFIGURED", "prompt word"));
        commands.handle(Fixtures.command(channel, "U-CONFIGURED", "schedule add"));
        CheckIn checkIn = checkIns.since(communities.findOrCreate(channel), Instant.EPOCH).get(0);
        replies.receive(Fixtures.reply(checkIn.thread(), "U-1", "m-1", "calm morning"));
        replies.receive(Fixtures.reply(checkIn.thread(), "U-1", "m-1", "calm morning"));
        metrics.pairingRound(3, true);
        metrics.digestSent(false);
        metrics.platformApiError("SLACK", "chat.postMessage");
        metrics.rateLimitWait("discord", "POST channels/messages", Duration.ofMillis(250));

        clock.set(Instant.now());
        Community community = communities.findOrCreate(Fixtures.channel("C-METRICS-SCHEDULE"));
        long id = schedules.add(community, ScheduledAction.CHALLENGE, ScheduleSpecParser.parse("* * * * * ?"),
                ZoneOffset.UTC).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT count(*) FROM schedule_run "
                + "WHERE schedule_id = ? AND outcome = 'DONE'").param(id).query(Long.class).single() > 0);
        schedules.remove(community, id);

        String body = get("/actuator/prometheus").body();
        assertThat(body).contains(
                "cop_prompts_posted_total{kind=\"word\",trigger=\"command\"} 1.0",
                "cop_prompts_posted_total{kind=\"challenge\",trigger=\"schedule\"}",
                "cop_replies_ingested_total{outcome=\"recorded\"} 1.0",
                "cop_replies_ingested_total{outcome=\"duplicate\"} 1.0",
                "cop_command_duration_seconds_count{command=\"prompt\"} 1",
                "cop_command_duration_seconds_count{command=\"malformed\"} 1",
                "cop_command_duration_seconds_bucket{command=\"prompt\",le=",
                "cop_pairing_rounds_total{trigger=\"schedule\"} 1.0",
                "cop_pairing_groups_total{trigger=\"schedule\"} 3.0",
                "cop_digests_sent_total{trigger=\"command\"} 1.0",
                "cop_platform_api_errors_total{method=\"chat.postMessage\",platform=\"slack\"} 1.0",
                "cop_platform_rate_limit_waits_seconds_count{method=\"POST channels/messages\",platform=\"discord\"} 1",
                "cop_scheduled_runs_total{action=\"challenge\",outcome=\"done\"}");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Stands in for an adapter's connection health; plain class so component scanning leaves it alone. */
    static class SlackConnection {
        final AtomicBoolean up = new AtomicBoolean(true);

        @Bean
        HealthIndicator slackHealthIndicator() {
            return () -> up.get() ? Health.up().build() : Health.down().withDetail("socket", "closed").build();
        }
    }
}
