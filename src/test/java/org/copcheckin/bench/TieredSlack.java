package org.copcheckin.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in Slack Web API for one workspace of many members that enforces Slack's published limits: per method
 * and workspace, at most the tier's calls in any sliding window of a minute (Tier 2 20, Tier 3 50, Tier 4 100),
 * and {@code chat.postMessage} one a second in each channel. A call over the limit gets {@code 429} with a
 * {@code Retry-After} of the whole seconds until a slot frees. Time can be compressed: with a scale of 10 a
 * "minute" is 6 s and a "second" 100 ms, and the app under test must be told the same minute.
 * Every accepted call is logged (method, key, time) so the floor the limits allow is computed from what was made.
 */
final class TieredSlack implements AutoCloseable {

    static final String TEAM = "T-LARGE";
    static final String TOKEN = "xoxb-large-token";

    /** A method's limit in Slack's terms: calls per window, per workspace or per channel. */
    record Limit(int calls, Duration per, boolean perChannel) {
    }

    private static final Map<String, Limit> LIMITS = Map.of(
            "users.list", new Limit(20, Duration.ofMinutes(1), false),
            "users.info", new Limit(100, Duration.ofMinutes(1), false),
            "conversations.members", new Limit(100, Duration.ofMinutes(1), false),
            "conversations.open", new Limit(50, Duration.ofMinutes(1), false),
            "chat.postMessage", new Limit(1, Duration.ofSeconds(1), true),
            "chat.postEphemeral", new Limit(100, Duration.ofMinutes(1), false),
            "files.getUploadURLExternal", new Limit(100, Duration.ofMinutes(1), false),
            "files.completeUploadExternal", new Limit(100, Duration.ofMinutes(1), false));

    /** One accepted call. */
    record Call(String key, long atNanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final double scale;
    private final List<String> members;
    private final List<String> admins;
    private final Map<String, ArrayDeque<Long>> windows = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Call> accepted = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final Map<String, Long> responses = new ConcurrentHashMap<>();
    private final AtomicLong conversations = new AtomicLong();
    private volatile boolean enforcing = true;

    TieredSlack(double scale, List<String> members, List<String> admins) throws IOException {
        this.scale = scale;
        this.members = List.copyOf(members);
        this.admins = List.copyOf(admins);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext("/api/", this::api);
        server.createContext("/response/", exchange -> {
            responses.putIfAbsent(exchange.getRequestURI().getPath().substring("/response/".length()), System.nanoTime());
            exchange.getRequestBody().readAllBytes();
            reply(exchange, 200, "ok", "text/plain");
        });
        server.createContext("/upload/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            reply(exchange, 200, "OK", "text/plain");
        });
        server.start();
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** When the answer posted to {@link #responseUrl} arrived, in {@link System#nanoTime()}. */
    Long responded(String id) {
        return responses.get(id);
    }

    void enforcing(boolean on) {
        enforcing = on;
    }

    /** The wall time one of Slack's windows stands for here. */
    Duration scaled(Duration slack) {
        return Duration.ofNanos((long) (slack.toNanos() / scale));
    }

    /** Calls accepted since {@code fromNanos}, counted per limit key. */
    Map<String, Integer> callsSince(long fromNanos) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Call call : accepted) {
            if (call.atNanos() - fromNanos >= 0) {
                counts.merge(call.key(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The least wall time the limits allow for these calls: a key with n calls and a limit of L per window needs
     * at least floor((n - 1) / L) windows after its first call.
     */
    Duration floor(Map<String, Integer> calls) {
        Duration floor = Duration.ZERO;
        for (Map.Entry<String, Integer> key : calls.entrySet()) {
            Limit limit = LIMITS.get(method(key.getKey()));
            if (limit == null) {
                continue;
            }
            Duration needed = scaled(limit.per()).multipliedBy((key.getValue() - 1) / limit.calls());
            if (needed.compareTo(floor) > 0) {
                floor = needed;
            }
        }
        return floor;
    }

    Map<String, Integer> refusals() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        refused.forEach((method, count) -> counts.put(method, count.get()));
        return counts;
    }

    private static String method(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? key : key.substring(0, slash);
    }

    private void api(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        Map<String, String> form = form(exchange.getRequestBody());
        Limit limit = LIMITS.get(method);
        String key = limit != null && limit.perChannel() ? method + "/" + form.getOrDefault("channel", "-") : method;
        if (limit != null) {
            long wait = take(key, limit);
            if (wait > 0) {
                refused.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After",
                        Long.toString(Math.max(1, (long) Math.ceil(wait / 1e9))));
                reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", "application/json");
                return;
            }
        }
        accepted.add(new Call(key, System.nanoTime()));
        reply(exchange, 200, answer(method, form), "application/json");
    }

    /** Takes a slot in the key's sliding window, or answers the nanoseconds until one frees. */
    private long take(String key, Limit limit) {
        ArrayDeque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        long span = scaled(limit.per()).toNanos();
        synchronized (window) {
            long now = System.nanoTime();
            while (!window.isEmpty() && now - window.peekFirst() >= span) {
                window.pollFirst();
            }
            if (!enforcing || window.size() < limit.calls()) {
                window.addLast(now);
                return 0;
            }
            return window.peekFirst() + span - now;
        }
    }

    private String answer(String method, Map<String, String> form) {
        return switch (method) {
            case "auth.test" -> "{\"ok\":true,\"team_id\":\"" + TEAM + "\",\"user_id\":\"U-BOT\",\"bot_id\":\"B-BOT\","
                    + "\"team\":\"Large\",\"user\":\"cop\"}";
            case "users.list" -> usersPage(form.get("cursor"));
            case "users.info" -> "{\"ok\":true,\"user\":" + user(form.getOrDefault("user", "U-X")) + "}";
            case "conversations.members" -> membersPage(form.get("cursor"));
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"G" + conversations.incrementAndGet() + "\"}}";
            case "chat.postMessage" -> "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"1700000000."
                    + String.format("%06d", conversations.get() % 1_000_000) + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000.000200\"}";
            case "files.getUploadURLExternal" -> "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:"
                    + server.getAddress().getPort() + "/upload/F1\",\"file_id\":\"F1\"}";
            case "files.completeUploadExternal" -> "{\"ok\":true,\"files\":[{\"id\":\"F1\"}]}";
            default -> "{\"ok\":true}";
        };
    }

    private static final int PAGE = 200;

    private String usersPage(String cursor) {
        int from = cursor == null || cursor.isBlank() ? 0 : Integer.parseInt(cursor);
        List<String> all = new ArrayList<>(members);
        all.add("U-BOT");
        List<String> page = all.subList(from, Math.min(all.size(), from + PAGE));
        String next = from + PAGE < all.size() ? Integer.toString(from + PAGE) : "";
        return "{\"ok\":true,\"members\":[" + String.join(",", page.stream().map(this::user).toList())
                + "],\"response_metadata\":{\"next_cursor\":\"" + next + "\"}}";
    }

    private String membersPage(String cursor) {
        int from = cursor == null || cursor.isBlank() ? 0 : Integer.parseInt(cursor);
        List<String> page = members.subList(from, Math.min(members.size(), from + PAGE));
        String next = from + PAGE < members.size() ? Integer.toString(from + PAGE) : "";
        return "{\"ok\":true,\"members\":[" + String.join(",", page.stream().map(id -> "\"" + id + "\"").toList())
                + "],\"response_metadata\":{\"next_cursor\":\"" + next + "\"}}";
    }

    private String user(String id) {
        boolean bot = id.equals("U-BOT");
        return "{\"id\":\"" + id + "\",\"team_id\":\"" + TEAM + "\",\"name\":\"" + id.toLowerCase() + "\",\"deleted\":false,"
                + "\"is_admin\":" + admins.contains(id) + ",\"is_owner\":false,\"is_bot\":" + bot
                + ",\"profile\":{\"display_name\":\"Member " + id.substring(2) + "\"}}";
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void reply(HttpExchange exchange, int status, String body, String type) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
