package org.copcheckin.discord;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import net.dv8tion.jda.api.utils.TimeUtil;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the tests of the real JDA client against a {@link StandInDiscord} in one server share: pointing the
 * application at the stand-in, waiting until the client is connected and has registered {@code /cop}, and
 * interaction ids JDA takes for new ones.
 */
final class DiscordWiring {

    static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicLong IDS = new AtomicLong();

    private DiscordWiring() {
    }

    /** The bot token, the one server {@link DiscordPayloads#GUILD}, and the stand-in's REST and gateway addresses. */
    static void oneServer(DynamicPropertyRegistry registry, StandInDiscord discord) {
        registry.add("discord.token", () -> "test-bot-token");
        registry.add("discord.guild-id", () -> DiscordPayloads.GUILD);
        registry.add("discord.api-url", discord::apiUrl);
        registry.add("discord.gateway-url", discord::gatewayUrl);
    }

    /** Until the Discord health is up and the server's slash commands were put. */
    static void awaitConnected(HealthIndicator health, StandInDiscord discord) {
        await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));
        await().atMost(WAIT).until(() -> !discord.calls("PUT", "/applications/\\d+/guilds/\\d+/commands").isEmpty());
    }

    static String recentId() {
        // JDA reads an interaction's age from its snowflake id: it must be recent, and each one new
        return String.valueOf(TimeUtil.getDiscordTimestamp(System.currentTimeMillis()) + IDS.incrementAndGet());
    }
}
