package org.copcheckin.discord;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import net.dv8tion.jda.api.utils.data.DataObject;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/**
 * The gateway side of {@link StandInDiscord}: HELLO, READY and GUILD_CREATE after IDENTIFY, heartbeat acks,
 * and dispatches the test sends (to the latest session, or to every session as Discord does for sessions that
 * hold the same shard). Remembers what the clients sent (op codes, IDENTIFY payloads and when) for assertions.
 */
final class StandInGateway extends WebSocketListener {

    private final AtomicReference<WebSocket> socket = new AtomicReference<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Integer> received = new CopyOnWriteArrayList<>();
    private final List<DataObject> identified = new CopyOnWriteArrayList<>();
    private final List<Instant> identifiedAt = new CopyOnWriteArrayList<>();
    private final List<WebSocket> sessions = new CopyOnWriteArrayList<>();
    private final List<DataObject> replayOnResume = new CopyOnWriteArrayList<>();
    private volatile String resumeUrl;
    /** The servers the bot is in, by id; a session is sent those of the shard it identifies as. */
    private final java.util.Map<String, java.util.function.Supplier<DataObject>> guilds =
            new java.util.concurrent.ConcurrentHashMap<>(java.util.Map.of(DiscordPayloads.GUILD, DiscordPayloads::guild));

    /** Another server the bot is in, sent to the session of its shard ({@code (id >> 22) % total}). */
    void addGuild(String guildId, java.util.function.Supplier<DataObject> guild) {
        guilds.put(guildId, guild);
    }

    void setResumeUrl(String url) {
        this.resumeUrl = url;
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        socket.set(webSocket);
        sessions.add(webSocket);
        webSocket.send(DataObject.empty().put("op", 10)
                .put("d", DataObject.empty().put("heartbeat_interval", 41250)).toString());
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        DataObject payload = DataObject.fromJson(text);
        int op = payload.getInt("op");
        received.add(op);
        if (op == 1) {
            webSocket.send("{\"op\":11}");
        } else if (op == 2) {
            identifiedAt.add(Instant.now());
            DataObject identify = payload.getObject("d");
            identified.add(identify);
            int shard = identify.optArray("shard").map(array -> array.getInt(0)).orElse(0);
            int total = identify.optArray("shard").map(array -> array.getInt(1)).orElse(1);
            List<String> held = guilds.keySet().stream().sorted()
                    .filter(id -> ShardPlacement.shardOf(Long.parseLong(id), total) == shard).toList();
            dispatch(webSocket, "READY", DiscordPayloads.ready(resumeUrl, held));
            held.forEach(id -> dispatch(webSocket, "GUILD_CREATE", guilds.get(id).get()));
        } else if (op == 6) {
            // RESUME: replay the events "missed" while disconnected, as Discord does, then RESUMED
            replayOnResume.forEach(event -> dispatch(event.getString("t"), event.getObject("d")));
            replayOnResume.clear();
            dispatch("RESUMED", DataObject.empty());
        }
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        // complete the close handshake, so the client's shutdown does not wait for a timeout
        webSocket.close(code, null);
        socket.compareAndSet(webSocket, null);
        sessions.remove(webSocket);
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable failure, Response response) {
        socket.compareAndSet(webSocket, null);
        sessions.remove(webSocket);
    }

    /** Sends an event with the next sequence number. */
    void dispatch(String type, DataObject data) {
        WebSocket webSocket = socket.get();
        if (webSocket == null) {
            throw new IllegalStateException("No gateway connection yet");
        }
        dispatch(webSocket, type, data);
    }

    /** Sends an event to every open session, as Discord does to every session holding the event's shard. */
    void dispatchToEverySession(String type, DataObject data) {
        sessions.forEach(webSocket -> dispatch(webSocket, type, data));
    }

    private void dispatch(WebSocket webSocket, String type, DataObject data) {
        webSocket.send(DataObject.empty().put("op", 0).put("t", type).put("s", sequence.incrementAndGet())
                .put("d", data).toString());
    }

    /**
     * Drops the connection as Discord does now and then (close code 4000, resumable); when the client resumes,
     * the given events are delivered again.
     */
    void dropAndReplayOnResume(List<DataObject> events) {
        replayOnResume.addAll(events);
        WebSocket webSocket = socket.getAndSet(null);
        if (webSocket != null) {
            sessions.remove(webSocket);
            webSocket.close(4000, "stand-in dropped the connection");
        }
    }

    /** The events sent so far, as {@code {t, d}} objects. */
    static DataObject event(String type, DataObject data) {
        return DataObject.empty().put("t", type).put("d", data);
    }

    boolean connected() {
        return socket.get() != null;
    }

    /** The IDENTIFY payloads received, e.g. to see the shard a client claims. */
    List<DataObject> identified() {
        return List.copyOf(identified);
    }

    /** When each IDENTIFY arrived, in order. */
    List<Instant> identifiedAt() {
        return List.copyOf(identifiedAt);
    }

    int sessions() {
        return sessions.size();
    }

    List<Integer> received() {
        return List.copyOf(received);
    }

    void close() {
        socket.set(null);
        sessions.forEach(webSocket -> webSocket.close(1000, "stand-in closing"));
        sessions.clear();
    }
}
