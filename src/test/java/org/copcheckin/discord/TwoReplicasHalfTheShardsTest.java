package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.copcheckin.CopCheckinApplication;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.scheduling.ScheduleSpecParser;
import org.copcheckin.scheduling.ScheduledAction;
import org.copcheckin.scheduling.Schedules;
import org.copcheckin.support.CoreTestConfiguration;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two replicas on one PostgreSQL, each holding half of the Discord shards ({@code DISCORD_SHARDS} 0/2 and 1/2),
 * against one stand-in Discord with a server on each shard and a weekly prompt for each. Whichever replica
 * Quartz fires a run on, the prompt is posted once, by the replica that holds its server's shard; while that
 * replica is down its server's run waits in the database and is posted once when it is back.
 *
 * <p>Both replicas run in this JVM, where Quartz keeps one connection provider per scheduler name, so each keeps
 * the test profile's scheduler name of its own and replica a's Quartz fires every run (Quartz clustering across
 * JVMs is {@code ClusteredSchedulingTest}'s); what is tested here is where a fired run is carried out.
 */
class TwoReplicasHalfTheShardsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** (100 >> 22) % 2 == 0: the stand-in's usual server is on shard 0. */
    private static final String GUILD_ON_0 = DiscordPayloads.GUILD;
    private static final String CHANNEL_ON_0 = DiscordPayloads.CHANNEL;
    /** (4194304 >> 22) % 2 == 1. */
    private static final String GUILD_ON_1 = "4194304";
    private static final String CHANNEL_ON_1 = "4194504";

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void eachPromptIsPostedOnceByTheReplicaHoldingItsShardAndWaitsWhileThatReplicaIsDown() throws Exception {
        assertThat(ShardPlacement.shardOf(Long.parseLong(GUILD_ON_0), 2)).isZero();
        assertThat(ShardPlacement.shardOf(Long.parseLong(GUILD_ON_1), 2)).isEqualTo(1);
        String url = database("shards");
        JdbcClient jdbc = JdbcClient.create(postgres.getDatabase("postgres", "shards"));
        try (StandInDiscord discord = StandInDiscord.start()) {
            discord.maxConcurrency(2);
            discord.addGuild(GUILD_ON_1, CHANNEL_ON_1);
            ConfigurableApplicationContext a = start(url, discord, "0/2");
            ConfigurableApplicationContext b = start(url, discord, "1/2");
            try {
                awaitConnected(a);
                awaitConnected(b);
                Schedules schedules = a.getBean(Schedules.class);
                Communities communities = a.getBean(Communities.class);
                Community onShard0 = communities.findOrCreate(new ChannelRef(PlatformKind.DISCORD, GUILD_ON_0, CHANNEL_ON_0));
                Community onShard1 = communities.findOrCreate(new ChannelRef(PlatformKind.DISCORD, GUILD_ON_1, CHANNEL_ON_1));
                long first = schedules.add(onShard0, ScheduledAction.WORD, ScheduleSpecParser.parse("weekly mon 09:00"),
                        ZoneOffset.UTC).id();
                long second = schedules.add(onShard1, ScheduledAction.WORD, ScheduleSpecParser.parse("weekly mon 09:00"),
                        ZoneOffset.UTC).id();

                // replica a fires both runs: one it holds, one it must hand over
                Scheduler quartz = a.getBean(Scheduler.class);
                quartz.triggerJob(job(first));
                quartz.triggerJob(job(second));

                await().atMost(WAIT).untilAsserted(() -> {
                    assertThat(done(jdbc, first)).isEqualTo(1);
                    assertThat(done(jdbc, second)).isEqualTo(1);
                });
                assertThat(posts(discord, CHANNEL_ON_0)).as("prompts posted in the server on shard 0").isEqualTo(1);
                assertThat(posts(discord, CHANNEL_ON_1)).as("prompts posted in the server on shard 1").isEqualTo(1);
                assertThat(runsCarriedOut(a)).as("runs replica a (shard 0) carried out").isEqualTo(1);
                assertThat(runsCarriedOut(b)).as("runs replica b (shard 1) carried out").isEqualTo(1);
                assertThat(count(jdbc, "run_handover")).isZero();
                assertThat(count(jdbc, "schedule_run WHERE outcome <> 'DONE'")).isZero();

                // replica b goes down: shard 1's next run waits in the database, and nothing is posted for it
                b.close();
                quartz.triggerJob(job(second));
                await().atMost(WAIT).until(() -> count(jdbc, "run_handover WHERE schedule_id = " + second) == 1);
                assertThat(count(jdbc, "schedule_run WHERE schedule_id = " + second + " AND outcome = 'RUNNING'"))
                        .isEqualTo(1);
                assertThat(posts(discord, CHANNEL_ON_1)).isEqualTo(1);

                // back up, it takes the waiting run and posts it once
                b = start(url, discord, "1/2");
                // the closed session left its identify bucket taken until 5 s after it identified (30 s if it was
                // still identifying); each replica's test clock stands still, so move the new one past both
                b.getBean(MutableClock.class).advance(Duration.ofSeconds(31));
                awaitConnected(b);
                await().atMost(WAIT).until(() -> done(jdbc, second) == 2);
                assertThat(posts(discord, CHANNEL_ON_1)).isEqualTo(2);
                assertThat(posts(discord, CHANNEL_ON_0)).isEqualTo(1);
                assertThat(runsCarriedOut(b)).as("runs the restarted replica b carried out").isEqualTo(1);
                assertThat(runsCarriedOut(a)).isEqualTo(1);
                assertThat(count(jdbc, "run_handover")).isZero();
                assertThat(count(jdbc, "schedule_run WHERE outcome <> 'DONE'")).isZero();
                assertThat(count(jdbc, "checkin")).isEqualTo(3);
            } finally {
                b.close();
                a.close();
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, StandInDiscord discord, String shards) {
        return new SpringApplicationBuilder(CopCheckinApplication.class, CoreTestConfiguration.class)
                .profiles("test", "postgres")
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        "--spring.datasource.password=", "--server.port=0",
                        "--spring.datasource.hikari.maximum-pool-size=5",
                        "--discord.token=test-bot-token", "--discord.shards=" + shards,
                        "--discord.api-url=" + discord.apiUrl(), "--discord.gateway-url=" + discord.gatewayUrl());
    }

    private static void awaitConnected(ConfigurableApplicationContext context) {
        HealthIndicator health = context.getBean("discord", HealthIndicator.class);
        await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
    }

    private static JobKey job(long scheduleId) {
        return JobKey.jobKey("schedule-" + scheduleId, "cop-schedules");
    }

    /** Prompts posted in the channel: each opens its thread on the message it posted. */
    private static long posts(StandInDiscord discord, String channel) {
        return discord.calls("POST", "/channels/" + channel + "/messages/\\d+/threads").size();
    }

    private static double runsCarriedOut(ConfigurableApplicationContext context) {
        Counter done = context.getBean(MeterRegistry.class).find(CopMetrics.SCHEDULED_RUNS)
                .tags("action", "word", "outcome", "done").counter();
        return done == null ? 0 : done.count();
    }

    private static long done(JdbcClient jdbc, long scheduleId) {
        return count(jdbc, "schedule_run WHERE outcome = 'DONE' AND schedule_id = " + scheduleId);
    }

    private static long count(JdbcClient jdbc, String fromWhere) {
        return jdbc.sql("SELECT count(*) FROM " + fromWhere).query(Long.class).single();
    }

    private static String database(String name) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return postgres.getJdbcUrl("postgres", name);
    }
}
