package org.copcheckin.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.digest.Digests;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large Slack channel against a stand-in that enforces Slack's published rate limits ({@link TieredSlack}):
 * a pairing round for 2,000 members started with a signed {@code /cop pair}, other commands every 500 ms while
 * it introduces ({@code status} by a facilitator, {@code help} by a member), then the digest to the channel's
 * facilitators. Prints each wall time beside the floor the limits allow for the calls it made, and the
 * acknowledgement and answer times of the other commands. Time is compressed {@code -Dbench.time-scale} times
 * (default 10: a Slack minute is 6 s), for the stand-in's limits and the app's pacing alike.
 */
final class LargeChannelBench {

    private static final String SECRET = "large-signing-secret";
    private static final String CHANNEL = "C-LARGE";

    private LargeChannelBench() {
    }

    static void run() throws Exception {
        int size = Integer.getInteger("bench.members", 2_000);
        double scale = Double.parseDouble(System.getProperty("bench.time-scale", "10"));
        List<String> members = IntStream.rangeClosed(1, size).mapToObj(i -> String.format(Locale.ROOT, "U-%05d", i))
                .toList();
        List<String> admins = members.subList(0, 5); // the channel's facilitators: the digest goes to each
        Path data = Files.createTempDirectory("cop-large");
        try (TieredSlack slack = new TieredSlack(scale, members, admins)) {
            Duration minute = slack.scaled(Duration.ofMinutes(1));
            ConfigurableApplicationContext app = SlackBench.startApplication(slack.apiUrl(), data, List.of(
                    "--slack.bot-token=" + TieredSlack.TOKEN, "--slack.signing-secret=" + SECRET,
                    "--slack.rate-limit-window=" + minute.toMillis() + "ms"));
            try {
                measure(app, slack, size, scale, admins.get(0), members.get(size - 1));
            } finally {
                app.close();
            }
        } finally {
            SlackBench.deleteQuietly(data);
        }
    }

    private static void measure(ConfigurableApplicationContext app, TieredSlack slack, int size, double scale,
                                String facilitator, String member) throws Exception {
        String events = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
                + "/slack/events";
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        Community community = app.getBean(Communities.class)
                .findOrCreate(new ChannelRef(PlatformKind.SLACK, TieredSlack.TEAM, CHANNEL));
        HttpClient http = HttpClient.newHttpClient();
        Benchmarks.print("large.members", size);
        Benchmarks.print("large.time_scale", String.format(Locale.ROOT, "%.0fx (a Slack minute is %d ms)", scale,
                slack.scaled(Duration.ofMinutes(1)).toMillis()));
        // warm the command path once (Bolt's first request, the first status) and let its window pass
        command(http, events, facilitator, "help", slack.responseUrl("warm"));
        awaitAnswer(slack, "warm", Duration.ofSeconds(60));
        Thread.sleep(slack.scaled(Duration.ofMinutes(1)).toMillis());

        long roundStart = System.nanoTime();
        Instant roundStartWall = Instant.now();
        command(http, events, facilitator, "pair", slack.responseUrl("pair"));
        List<Double> acks = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        Map<String, Long> sentAt = new LinkedHashMap<>();
        int n = 0;
        while (!finished(jdbc, community)) {
            String id = "other-" + n;
            boolean status = n % 2 == 0;
            long before = System.nanoTime();
            command(http, events, status ? facilitator : member, status ? "status" : "help", slack.responseUrl(id));
            acks.add((System.nanoTime() - before) / 1e6);
            sentAt.put(id, before);
            sent.add(id);
            n++;
            Thread.sleep(500);
            if (Duration.ofNanos(System.nanoTime() - roundStart).compareTo(Duration.ofMinutes(30)) > 0) {
                throw new IllegalStateException("the round did not finish in 30 minutes");
            }
        }
        Instant finishedAt = jdbc.sql("SELECT finished_at FROM pairing_round WHERE community_id = ? ORDER BY id DESC "
                + "FETCH FIRST 1 ROWS ONLY").param(community.id()).query(Timestamp.class).single().toInstant();
        Duration round = Duration.between(roundStartWall, finishedAt);
        Map<String, Integer> roundCalls = slack.callsSince(roundStart);
        Duration roundFloor = slack.floor(roundCalls);
        Map<String, Object> outcome = jdbc.sql("SELECT outcome, groups_total, groups_failed FROM pairing_round "
                + "WHERE community_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY").param(community.id())
                .query((rs, row) -> Map.<String, Object>of("outcome", rs.getString(1), "groups", rs.getInt(2),
                        "failed", rs.getInt(3))).single();
        awaitAnswer(slack, "pair", Duration.ofSeconds(10));
        List<Double> answers = new ArrayList<>();
        for (String id : sent) {
            Long at = awaitAnswer(slack, id, Duration.ofSeconds(30));
            answers.add((at - sentAt.get(id)) / 1e6);
        }

        Benchmarks.print("large.round.outcome", outcome.get("outcome") + ", " + outcome.get("groups") + " groups, "
                + outcome.get("failed") + " not introduced");
        Benchmarks.print("large.round.pair_answered_after_ms", (slack.responded("pair") - roundStart) / 1_000_000);
        Benchmarks.print("large.round.calls", summary(roundCalls));
        Benchmarks.print("large.round.wall_s", seconds(round));
        Benchmarks.print("large.round.floor_s", seconds(roundFloor) + " (conversations.open at Tier 3, the busiest)");
        Benchmarks.print("large.round.ratio_to_floor", String.format(Locale.ROOT, "%.3f",
                (double) round.toNanos() / roundFloor.toNanos()));
        Benchmarks.print("large.round.other_commands", acks.size());
        Benchmarks.print("large.round.other_ack_p50_ms", String.format(Locale.ROOT, "%.1f", percentile(acks, 0.50)));
        Benchmarks.print("large.round.other_ack_p99_ms", String.format(Locale.ROOT, "%.1f", percentile(acks, 0.99)));
        Benchmarks.print("large.round.other_answer_p50_ms", String.format(Locale.ROOT, "%.1f", percentile(answers, 0.50)));
        Benchmarks.print("large.round.other_answer_p99_ms", String.format(Locale.ROOT, "%.1f", percentile(answers, 0.99)));

        // the digest, first against the stand-in with its limits off (what it costs with no limit at all), then on
        Digests digests = app.getBean(Digests.class);
        Thread.sleep(slack.scaled(Duration.ofMinutes(1)).toMillis());
        slack.enforcing(false);
        long free = System.nanoTime();
        int reached = digests.deliverToFacilitators(community);
        Duration unlimited = Duration.ofNanos(System.nanoTime() - free);
        slack.enforcing(true);
        Thread.sleep(slack.scaled(Duration.ofMinutes(1)).toMillis());
        long digestStart = System.nanoTime();
        digests.deliverToFacilitators(community);
        Duration digest = Duration.ofNanos(System.nanoTime() - digestStart);
        Map<String, Integer> digestCalls = slack.callsSince(digestStart);
        Duration digestFloor = slack.floor(digestCalls);
        Duration floor = digestFloor.compareTo(unlimited) > 0 ? digestFloor : unlimited;
        Benchmarks.print("large.digest.facilitators_reached", reached);
        Benchmarks.print("large.digest.calls", summary(digestCalls));
        Benchmarks.print("large.digest.wall_ms", digest.toMillis());
        Benchmarks.print("large.digest.floor_by_limits_ms", digestFloor.toMillis());
        Benchmarks.print("large.digest.unlimited_ms", unlimited.toMillis());
        Benchmarks.print("large.digest.ratio_to_floor", String.format(Locale.ROOT, "%.3f",
                (double) digest.toNanos() / floor.toNanos()));
        Benchmarks.print("large.rate_limited_429s", slack.refusals().isEmpty() ? "0" : slack.refusals());
    }

    private static boolean finished(JdbcClient jdbc, Community community) {
        return jdbc.sql("SELECT COUNT(*) FROM pairing_round WHERE community_id = ? AND outcome <> 'RUNNING'")
                .param(community.id()).query(Integer.class).single() > 0;
    }

    private static String summary(Map<String, Integer> calls) {
        Map<String, Integer> byMethod = new LinkedHashMap<>();
        calls.forEach((key, count) -> byMethod.merge(key.contains("/") ? key.substring(0, key.indexOf('/')) : key,
                count, Integer::sum));
        return byMethod.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    private static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static Long awaitAnswer(TieredSlack slack, String id, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (slack.responded(id) == null) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("no answer to command " + id + " within " + within);
            }
            Thread.sleep(20);
        }
        return slack.responded(id);
    }

    private static void command(HttpClient http, String url, String user, String text, String responseUrl)
            throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy");
        form.put("team_id", TieredSlack.TEAM);
        form.put("team_domain", "large");
        form.put("channel_id", CHANNEL);
        form.put("channel_name", "cop");
        form.put("user_id", user);
        form.put("user_name", "someone");
        form.put("command", "/cop");
        form.put("text", text);
        form.put("api_app_id", "A-COP");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "trigger-" + System.nanoTime());
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/cop " + text + " answered HTTP " + response.statusCode());
        }
    }

    private static String sign(String timestamp, String body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
    }
}
