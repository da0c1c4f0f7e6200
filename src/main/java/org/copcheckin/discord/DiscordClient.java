package org.copcheckin.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.sharding.ShardManager;

/** One JDA or a ShardManager behind the few calls the adapter needs, so nothing else cares which it is. */
interface DiscordClient {

    /** The guild, or null when no shard of this replica has it. */
    Guild guild(String guildId);

    List<JDA> shards();

    void shutdown(Duration grace);

    static DiscordClient of(JDA jda, ExecutorService events) {
        return new DiscordClient() {
            @Override
            public Guild guild(String guildId) {
                return jda.getGuildById(guildId);
            }

            @Override
            public List<JDA> shards() {
                return List.of(jda);
            }

            @Override
            public void shutdown(Duration grace) {
                jda.shutdown();
                awaitOrForce(jda, grace);
                events.shutdown();
            }
        };
    }

    static DiscordClient of(ShardManager manager, ExecutorService events) {
        return new DiscordClient() {
            @Override
            public Guild guild(String guildId) {
                return manager.getGuildById(guildId);
            }

            @Override
            public List<JDA> shards() {
                return manager.getShards();
            }

            @Override
            public void shutdown(Duration grace) {
                List<JDA> shards = manager.getShards();
                manager.shutdown();
                shards.forEach(shard -> awaitOrForce(shard, grace));
                events.shutdown();
            }
        };
    }

    private static void awaitOrForce(JDA jda, Duration grace) {
        try {
            if (!jda.awaitShutdown(grace)) {
                jda.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            jda.shutdownNow();
        }
    }
}
