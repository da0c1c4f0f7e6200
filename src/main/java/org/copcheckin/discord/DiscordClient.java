package org.copcheckin.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.sharding.ShardManager;

/** One JDA or a ShardManager behind the few calls the adapter needs, so nothing else cares which it is. */
interface DiscordClient {

    /** The guild, or null when no shard of this replica has it. */
    Guild guild(String guildId);

    List<JDA> shards();

    void shutdown(Duration grace);

    static DiscordClient of(JDA jda, ExecutorService events, Runnable afterShutdown) {
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
                finish(events, grace);
                afterShutdown.run();
            }
        };
    }

    static DiscordClient of(ShardManager manager, ExecutorService events, Runnable afterShutdown) {
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
                finish(events, grace);
                afterShutdown.run();
            }
        };
    }

    /**
     * Lets listener tasks already running finish (a thread reply being recorded, whose acknowledgement Discord
     * does not retry), so they are done before the reply intake stops taking replies.
     */
    private static void finish(ExecutorService events, Duration grace) {
        events.shutdown();
        try {
            if (!events.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                events.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            events.shutdownNow();
        }
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
