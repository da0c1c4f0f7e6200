package org.copcheckin.discord;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A stand-in Discord on loopback: the REST API under {@code /api/v10/} and the gateway's WebSocket at
 * {@code /gw}, on one port. It answers what the adapter calls, records every REST request, and echoes the
 * bot's own channel messages back as MESSAGE_CREATE as Discord does.
 */
final class StandInDiscord implements AutoCloseable {

    /** One REST call the bot made. */
    record Call(String method, String path, String body) {
        boolean is(String verb, String pathPattern) {
            return method.equals(verb) && path.matches(pathPattern);
        }
    }

    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
    private static final Pattern MESSAGE_THREAD = Pattern.compile("/channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern CHANNEL_THREADS = Pattern.compile("/channels/(\\d+)/threads");
    private static final Pattern ARCHIVED_PUBLIC = Pattern.compile("/channels/(\\d+)/threads/archived/public");
    private static final Pattern ARCHIVED_PRIVATE_JOINED =
            Pattern.compile("/channels/(\\d+)/users/@me/threads/archived/private");

    private final MockWebServer server = new MockWebServer();
    private final StandInGateway gateway = new StandInGateway();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong(700_000);
    /** Threads Discord has archived, by parent channel: JDA no longer has them in its cache. */
    private final java.util.Map<String, List<DataObject>> archived = new java.util.concurrent.ConcurrentHashMap<>();
    /** Members whose privacy settings refuse direct messages from server members, and their DM channels. */
    private final java.util.Set<String> refusingDirectMessages = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.Set<String> refusedChannels = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** The server of each channel not in the usual server ({@link DiscordPayloads#GUILD}). */
    private volatile int maxConcurrency = 1;
    private final java.util.Map<String, String> guildOfChannel = new java.util.concurrent.ConcurrentHashMap<>();
    /** The interactions acknowledged so far (their callback routes). */
    private final java.util.Set<String> acknowledged = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static StandInDiscord start() {
        StandInDiscord discord = new StandInDiscord();
        discord.server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return discord.answer(request);
            }
        });
        try {
            discord.server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        discord.gateway.setResumeUrl(discord.gatewayUrl());
        return discord;
    }

    String apiUrl() {
        return server.url("/api/v10/").toString();
    }

    String gatewayUrl() {
        return "ws://127.0.0.1:" + server.getPort() + "/gw";
    }

    StandInGateway gateway() {
        return gateway;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(String verb, String pathPattern) {
        return calls.stream().filter(call -> call.is(verb, pathPattern)).toList();
    }

    /** A thread of {@code parentId} that Discord archived: only the archived-threads endpoints return it. */
    void archive(String parentId, DataObject thread) {
        thread.getObject("thread_metadata").put("archived", true);
        archived.computeIfAbsent(parentId, id -> new CopyOnWriteArrayList<>()).add(thread);
    }

    /** The member's direct messages are refused with error 50007, as Discord does when they are closed. */
    void refuseDirectMessagesTo(String userId) {
        refusingDirectMessages.add(userId);
    }

    /**
     * Another server the bot is in, with a check-ins channel of its own: sent to the session of its shard, and its
     * channel's messages and threads answered as that server's.
     */
    void addGuild(String guildId, String channelId) {
        guildOfChannel.put(channelId, guildId);
        gateway.addGuild(guildId, () -> DiscordPayloads.guild(guildId, channelId));
    }

    /** How many IDENTIFY buckets {@code GET /gateway/bot} offers (Discord gives large bots more than one). */
    void maxConcurrency(int buckets) {
        maxConcurrency = buckets;
    }

    private String guildOf(String channelId) {
        return guildOfChannel.getOrDefault(channelId, DiscordPayloads.GUILD);
    }

    String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/gw")) {
            return new MockResponse.Builder().webSocketUpgrade(gateway).build();
        }
        String route = path.replaceFirst("^/api/v10", "");
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        calls.add(new Call(request.getMethod(), route, body));
        String method = request.getMethod();
        Matcher matcher;
        if (method.equals("GET") && route.equals("/users/@me")) {
            return json(DiscordPayloads.user(DiscordPayloads.BOT, "cop-checkin", true).toString());
        } else if (method.equals("GET") && route.equals("/gateway/bot")) {
            return json(DataObject.empty().put("url", gatewayUrl()).put("shards", 1)
                    .put("session_start_limit", DataObject.empty().put("total", 1000).put("remaining", 1000)
                            .put("reset_after", 0).put("max_concurrency", maxConcurrency)).toString());
        } else if (method.equals("PUT") && route.matches("/applications/\\d+(/guilds/\\d+)?/commands")) {
            return json(registered(DataArray.fromJson(body)).toString());
        } else if (method.equals("POST") && route.matches("/interactions/\\d+/[^/]+/callback")) {
            // an interaction is acknowledged once: a second session's acknowledgement is refused, as Discord does
            if (!acknowledged.add(route)) {
                return new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json")
                        .body("{\"message\":\"Interaction has already been acknowledged.\",\"code\":40060}").build();
            }
            return new MockResponse.Builder().code(204).build();
        } else if (method.equals("POST") && route.matches("/webhooks/\\d+/[^/]+")) {
            return json(botMessage(nextId(), DiscordPayloads.CHANNEL, body).put("flags", 64).toString());
        } else if (method.equals("GET") && ((matcher = ARCHIVED_PUBLIC.matcher(route)).matches()
                || (matcher = ARCHIVED_PRIVATE_JOINED.matcher(route)).matches())) {
            boolean isPrivate = route.contains("/private");
            DataArray threads = DataArray.empty();
            archived.getOrDefault(matcher.group(1), List.of()).stream()
                    .filter(thread -> (thread.getInt("type") == 12) == isPrivate).forEach(threads::add);
            return json(DataObject.empty().put("threads", threads).put("members", DataArray.empty())
                    .put("has_more", false).toString());
        } else if (method.equals("POST") && (matcher = MESSAGE_THREAD.matcher(route)).matches()) {
            return json(DiscordPayloads.thread(matcher.group(2), "Check-in", false, guildOf(matcher.group(1)),
                    matcher.group(1)).toString());
        } else if (method.equals("POST") && (matcher = CHANNEL_THREADS.matcher(route)).matches()) {
            return json(DiscordPayloads.thread(nextId(), "Say hello", true).toString());
        } else if (method.equals("PUT") && route.matches("/channels/\\d+/thread-members/\\d+")) {
            return new MockResponse.Builder().code(204).build();
        } else if (method.equals("POST") && route.equals("/users/@me/channels")) {
            // a direct message channel with the recipient, as Discord opens one
            String recipient = DataObject.fromJson(body).getString("recipient_id");
            String dm = nextId();
            if (refusingDirectMessages.contains(recipient)) {
                refusedChannels.add(dm);
            }
            return json(DataObject.empty().put("id", dm).put("type", 1)
                    .put("recipients", DataArray.empty().add(DiscordPayloads.user(recipient, "member", false)))
                    .toString());
        } else if (method.equals("POST") && (matcher = CHANNEL_MESSAGES.matcher(route)).matches()
                && refusedChannels.contains(matcher.group(1))) {
            return new MockResponse.Builder().code(403).addHeader("Content-Type", "application/json")
                    .body("{\"message\":\"Cannot send messages to this user\",\"code\":50007}").build();
        } else if (method.equals("POST") && (matcher = CHANNEL_MESSAGES.matcher(route)).matches()) {
            DataObject message = botMessage(nextId(), matcher.group(1), body).put("guild_id", guildOf(matcher.group(1)));
            gateway.dispatch("MESSAGE_CREATE", DataObject.fromJson(message.toString()));
            return json(message.toString());
        }
        return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                .body("{\"message\":\"Unknown route\",\"code\":0}").build();
    }

    private static DataObject botMessage(String id, String channelId, String requestBody) {
        DataArray embeds = DataArray.empty();
        String content = "";
        if (requestBody.startsWith("{")) {
            DataObject sent = DataObject.fromJson(requestBody);
            embeds = sent.optArray("embeds").orElse(DataArray.empty());
            embeds.stream(DataArray::getObject).forEach(embed -> embed.put("type", "rich"));
            content = sent.getString("content", "");
        }
        return DiscordPayloads.message(id, channelId, DiscordPayloads.user(DiscordPayloads.BOT, "cop-checkin", true),
                content, embeds);
    }

    private DataArray registered(DataArray commands) {
        DataArray answer = DataArray.empty();
        for (int i = 0; i < commands.length(); i++) {
            answer.add(commands.getObject(i).put("id", nextId()).put("application_id", DiscordPayloads.APP)
                    .put("version", nextId()).put("guild_id", DiscordPayloads.GUILD));
        }
        return answer;
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    @Override
    public void close() throws IOException {
        gateway.close();
        server.close();
    }
}
