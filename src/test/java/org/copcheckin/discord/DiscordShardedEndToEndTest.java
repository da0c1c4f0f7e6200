package org.copcheckin.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import net.dv8tion.jda.api.utils.data.DataArray;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatforms;
import org.copcheckin.platform.Message;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.support.CoreSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code DISCORD_SHARDS} runs JDA's ShardManager; through the stand-in it identifies as the configured shard, after
 * taking its bucket's IDENTIFY turn in the database.
 */
@CoreSpringTest
@DirtiesContext
class DiscordShardedEndToEndTest {

    private static final StandInDiscord DISCORD = StandInDiscord.start();
    private static final Duration WAIT = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void discord(DynamicPropertyRegistry registry) {
        registry.add("discord.token", () -> "test-bot-token");
        registry.add("discord.shards", () -> "0/1");
        registry.add("discord.api-url", DISCORD::apiUrl);
        registry.add("discord.gateway-url", DISCORD::gatewayUrl);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StandInLifecycle {
        @Bean(destroyMethod = "close")
        StandInDiscord standInDiscord() {
            return DISCORD;
        }
    }

    @Autowired
    @Qualifier("discord")
    HealthIndicator health;
    @Autowired
    ChatPlatforms platforms;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aShardManagerConnectsAsTheConfiguredShardRegistersCopGloballyAndPosts() {
        await().atMost(WAIT).until(() -> health.health().getStatus().equals(Status.UP));

        DataArray shard = DISCORD.gateway().identified().get(0).getArray("shard");
        assertThat(shard.getInt(0)).isZero();
        assertThat(shard.getInt(1)).isEqualTo(1);
        assertThat(DISCORD.calls("GET", "/gateway/bot")).isNotEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM discord_identify_slot WHERE bucket = 0").query(Integer.class).single())
                .as("the shard took its IDENTIFY turn through the database").isEqualTo(1);
        await().atMost(WAIT).until(() -> !DISCORD.calls("PUT", "/applications/\\d+/commands").isEmpty());

        ChannelRef channel = new ChannelRef(PlatformKind.DISCORD, DiscordPayloads.GUILD, DiscordPayloads.CHANNEL);
        ThreadRef thread = platforms.of(PlatformKind.DISCORD).postToChannel(channel, Message.of("Check-in", "How was it?"));

        assertThat(DISCORD.calls("POST", "/channels/200/messages/" + thread.threadId() + "/threads")).hasSize(1);
    }
}
