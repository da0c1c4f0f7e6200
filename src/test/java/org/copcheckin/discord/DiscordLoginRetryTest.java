package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.dv8tion.jda.api.JDA;
import org.copcheckin.metrics.CopMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real JDA client logging in: against an address where nothing answers it tries again with backoff and
 * connects once the stand-in Discord is there; a refused token stops at once.
 */
class DiscordLoginRetryTest {

    private static final String NOTHING_LISTENS = "http://127.0.0.1:9/api/v10/";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final StandInDiscord discord = StandInDiscord.start();
    private IdentifyDatabases.Database database;
    private DiscordConnection connection;

    @AfterEach
    void stop() throws Exception {
        if (connection != null) {
            connection.stop();
        }
        discord.close();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aLoginThatFailsTwiceOnTheNetworkIsTriedAgainAndThenConnects() {
        AtomicInteger attempts = new AtomicInteger();
        database = IdentifyDatabases.h2();
        IdentifySlots slots = new IdentifySlots(JdbcClient.create(database.dataSource()), Clock.systemUTC());
        Supplier<DiscordClient> connector = () -> {
            String api = attempts.incrementAndGet() <= 2 ? NOTHING_LISTENS : discord.apiUrl();
            return new DiscordConnector(new DiscordProperties("test-bot-token", null, DiscordPayloads.GUILD, null,
                    api, discord.gatewayUrl()), List.of(), slots).connect();
        };
        connection = new DiscordConnection(connector, new CopMetrics(registry), Duration.ofMillis(50));

        connection.start();

        await().atMost(Duration.ofSeconds(30)).until(() -> connection.shards().stream()
                .anyMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED));
        assertThat(attempts).hasValue(3);
        assertThat(connection.failure()).isEmpty();
        assertThat(count("unavailable")).isEqualTo(2);
        assertThat(count("connected")).isEqualTo(1);
    }

    @Test
    void aRefusedTokenStopsAtOnceAndSaysWhichSettingToCheck() {
        AtomicInteger attempts = new AtomicInteger();
        connection = new DiscordConnection(() -> {
            attempts.incrementAndGet();
            throw new net.dv8tion.jda.api.exceptions.InvalidTokenException();
        }, new CopMetrics(registry), Duration.ofMillis(10));

        connection.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> connection.failure().isPresent());
        assertThat(connection.failure()).hasValueSatisfying(why -> assertThat(why).contains("DISCORD_TOKEN"));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> attempts.get() == 1);
        assertThat(count("refused")).isEqualTo(1);
    }

    @Test
    void theWaitDoublesUpToAMinuteWithAFifthOfJitterAtMost() {
        DiscordConnection waits = new DiscordConnection(() -> null, new CopMetrics(registry));
        assertThat(waits.delay(1, 0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(waits.delay(2, 0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(waits.delay(7, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(waits.delay(40, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(waits.delay(1, 0.999)).isBetween(Duration.ofMillis(800), Duration.ofSeconds(1));
    }

    private double count(String outcome) {
        var counter = registry.find(CopMetrics.CONNECT_ATTEMPTS).tags("platform", "discord", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
