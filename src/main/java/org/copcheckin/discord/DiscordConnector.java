package org.copcheckin.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ChunkingFilter;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;

/**
 * Builds the JDA client from the settings: only the intents the features need, REST and gateway bases that
 * can point elsewhere, events on a small pool of our own (handlers make blocking REST and database calls),
 * a ShardManager when shards are configured, and IDENTIFY turns taken through the database so replicas never
 * start sessions of one bucket within Discord's 5 s ({@link DatabaseSessionController}).
 */
final class DiscordConnector {

    /** Thread replies need message content; pairing and member lists need the member list. */
    static final EnumSet<GatewayIntent> INTENTS =
            EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT, GatewayIntent.GUILD_MEMBERS);
    /** Caches that need intents we do not ask for; JDA would disable them anyway, with a warning. */
    private static final EnumSet<CacheFlag> UNUSED_CACHES = EnumSet.of(CacheFlag.ACTIVITY, CacheFlag.VOICE_STATE,
            CacheFlag.EMOJI, CacheFlag.STICKER, CacheFlag.CLIENT_STATUS, CacheFlag.ONLINE_STATUS,
            CacheFlag.SCHEDULED_EVENTS);

    private final DiscordProperties properties;
    private final List<EventListener> listeners;
    private final IdentifySlots identifySlots;

    DiscordConnector(DiscordProperties properties, List<EventListener> listeners, IdentifySlots identifySlots) {
        this.properties = properties;
        this.listeners = listeners;
        this.identifySlots = identifySlots;
    }

    /** Logs in (one REST call) and starts connecting the gateway in the background. */
    DiscordClient connect() {
        // one pool for all shards, shut down by the client after JDA (a restarted shard must not take it along)
        ExecutorService events = eventPool();
        DatabaseSessionController sessions = new DatabaseSessionController(identifySlots, properties.gatewayUrl());
        if (properties.shards() != null) {
            ShardSpec spec = ShardSpec.parse(properties.shards());
            DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.create(properties.token(), INTENTS)
                    .setShardsTotal(spec.total())
                    .setShards(spec.shardIds())
                    .disableCache(UNUSED_CACHES)
                    .setChunkingFilter(ChunkingFilter.ALL)
                    .setMemberCachePolicy(MemberCachePolicy.ALL)
                    .setEventPool(events, false)
                    .setSessionController(sessions)
                    .addEventListeners(listeners.toArray());
            if (properties.apiUrl() != null) {
                builder.setRestConfig(restConfig());
            }
            if (properties.gatewayUrl() != null) {
                builder.setCompression(Compression.NONE);
            }
            ShardManager manager = build(builder::build, sessions);
            return DiscordClient.of(manager, events, sessions::close);
        }
        JDABuilder builder = JDABuilder.create(properties.token(), INTENTS)
                .disableCache(UNUSED_CACHES)
                // every member, chunked at start-up, so the names removed from replies are complete after a restart
                .setChunkingFilter(ChunkingFilter.ALL)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setEventPool(events, false)
                .setSessionController(sessions)
                .addEventListeners(listeners.toArray());
        if (properties.apiUrl() != null) {
            builder.setRestConfig(restConfig());
        }
        if (properties.gatewayUrl() != null) {
            // another gateway (a proxy, a test stand-in) gets plain JSON frames rather than a zlib stream
            builder.setCompression(Compression.NONE);
        }
        JDA jda = build(builder::build, sessions);
        return DiscordClient.of(jda, events, sessions::close);
    }

    private RestConfig restConfig() {
        String base = properties.apiUrl().endsWith("/") ? properties.apiUrl() : properties.apiUrl() + "/";
        return new RestConfig().setBaseUrl(base);
    }

    /** A login that fails leaves no session controller threads behind. */
    private static <T> T build(Supplier<T> build, DatabaseSessionController sessions) {
        try {
            return build.get();
        } catch (RuntimeException e) {
            sessions.close();
            throw e;
        }
    }

    private static ExecutorService eventPool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "discord-events-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
