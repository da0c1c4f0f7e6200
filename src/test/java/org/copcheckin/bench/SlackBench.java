package org.copcheckin.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.copcheckin.CopCheckinApplication;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signed thread-reply events at a fixed rate (default 300/s for 20 s, open loop) against the running application
 * over loopback, and the same stream against a bare Bolt app that only acknowledges. Every tenth event is a
 * retry of the one before (same event id and ts, {@code X-Slack-Retry-Num: 1}). Prints {@code name: value}.
 * Settings: {@code -Dbench.rate}, {@code -Dbench.seconds}, {@code -Dbench.warmup} (seconds).
 */
final class SlackBench {

    static final String SECRET = "bench-signing-secret";
    private static final String TOKEN = "xoxb-bench-token";
    static final String TEAM = "T-BENCH";
    private static final String CHANNEL = "C-BENCH";
    private static final String THREAD_TS = "1700000000.000100";
    private static final String REPLY = "This week we tried peer observation with the grade 3 team and it helped a lot;"
            + " next time we want more time for feedback.";

    private SlackBench() {
    }

    static void run() throws Exception {
        int rate = Integer.getInteger("bench.rate", 300);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 5);
        WireMockServer slack = standIn();
        String apiUrl = "http://127.0.0.1:" + slack.port() + "/api/";
        Path data = Files.createTempDirectory("cop-bench");
        try (ConfigurableApplicationContext app = startApplication(apiUrl, data);
             BareBolt bare = new BareBolt(apiUrl, TOKEN, SECRET)) {
            String ours = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
                    + "/slack/events";
            // channels and event ids of their own, so a run against a database kept from an earlier run
            // (-Dbench.datasource-url) counts only its own replies
            String runId = Long.toString(System.currentTimeMillis(), 36);
            String warmupChannel = "C-WARMUP-" + runId;
            String channel = CHANNEL + "-" + runId;
            checkIn(app, warmupChannel);
            CheckIn checkIn = checkIn(app, channel);
            OpenLoad load = new OpenLoad(SECRET);
            load.run(bare.eventsUrl(), shots("warm-bare-" + runId, warmupChannel, rate * warmup), rate);
            load.run(ours, shots("warm-cop-" + runId, warmupChannel, rate * warmup), rate);

            // the measured time is split into rounds that alternate between the two apps, so a noisy
            // neighbour on a shared machine weighs on both alike
            int rounds = Integer.getInteger("bench.rounds", 10);
            List<OpenLoad.Shot> bareShots = shots("bare-" + runId, channel, rate * seconds);
            List<OpenLoad.Shot> ourShots = shots("cop-" + runId, channel, rate * seconds);
            OpenLoad.Result bareResult = null;
            OpenLoad.Result ourResult = null;
            int perRound = bareShots.size() / rounds;
            for (int round = 0; round < rounds; round++) {
                int from = round * perRound;
                int to = round == rounds - 1 ? bareShots.size() : from + perRound;
                OpenLoad.Result bareRound = load.run(bare.eventsUrl(), bareShots.subList(from, to), rate);
                OpenLoad.Result ourRound = load.run(ours, ourShots.subList(from, to), rate);
                System.out.printf(Locale.ROOT, "slack.round_%d.p99_ms: cop %.2f, bare_bolt %.2f%n", round + 1,
                        ourRound.p99Millis(), bareRound.p99Millis());
                bareResult = bareResult == null ? bareRound : bareResult.plus(bareRound);
                ourResult = ourResult == null ? ourRound : ourResult.plus(ourRound);
            }

            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long unique = ourShots.stream().filter(s -> !s.retry()).count();
            // each reply's trend rows count it once more; a reply taken in twice would count twice here, while its
            // receipt (the table's key) could not be doubled
            int counted = jdbc.sql("SELECT COALESCE(SUM(replies), 0) FROM insight_participation WHERE checkin_id = ?")
                    .param(checkIn.id()).query(Integer.class).single();
            int receipts = jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                    .query(Integer.class).single();
            print(rate, seconds, bareResult, ourResult, unique, counted, receipts);
        } finally {
            slack.stop();
            deleteQuietly(data);
        }
    }

    static void deleteQuietly(Path directory) throws java.io.IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void print(int rate, int seconds, OpenLoad.Result bare, OpenLoad.Result ours,
                              long unique, int counted, int receipts) {
        line("slack.offered_events_per_s", rate);
        line("slack.duration_s", seconds);
        line("slack.rounds_alternating", Integer.getInteger("bench.rounds", 10));
        line("slack.cop.events_sent", ours.sent());
        line("slack.cop.events_per_s_sustained", ours.eventsPerSecond());
        line("slack.cop.acks_ok", ours.ok());
        line("slack.cop.acks_failed", ours.failed());
        line("slack.cop.ack_p50_ms", ours.p50Millis());
        line("slack.cop.ack_p99_ms", ours.p99Millis());
        line("slack.cop.unique_replies_sent", unique);
        line("slack.cop.replies_counted", counted);
        line("slack.cop.reply_receipts", receipts);
        line("slack.cop.replies_lost", Math.max(0, unique - Math.min(counted, receipts)));
        line("slack.cop.replies_double_counted", Math.max(0, counted - unique) + Math.max(0, counted - receipts));
        line("slack.bare_bolt.events_sent", bare.sent());
        line("slack.bare_bolt.events_per_s_sustained", bare.eventsPerSecond());
        line("slack.bare_bolt.acks_failed", bare.failed());
        line("slack.bare_bolt.ack_p50_ms", bare.p50Millis());
        line("slack.bare_bolt.ack_p99_ms", bare.p99Millis());
        line("slack.p50_ratio_cop_to_bare", ours.p50Millis() / bare.p50Millis());
        line("slack.p99_ratio_cop_to_bare", ours.p99Millis() / bare.p99Millis());
    }

    private static void line(String name, double value) {
        System.out.println(name + ": " + (value == Math.rint(value) && Math.abs(value) < 1e12
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value)));
    }

    /** Unique replies, each tenth one a retry of the reply before it. */
    private static List<OpenLoad.Shot> shots(String run, String channel, int count) {
        List<OpenLoad.Shot> shots = new ArrayList<>(count);
        String previous = null;
        for (int i = 0; i < count; i++) {
            if (i % 10 == 9 && previous != null) {
                shots.add(new OpenLoad.Shot(previous, true));
                continue;
            }
            // reply ts values never equal the check-in's own ts (a thread's parent is not a reply)
            String ts = String.format(Locale.ROOT, "17100%05d.%06d", i / 1000, i % 1000);
            String event = "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"U-" + (i % 40)
                    + "\",\"text\":\"" + REPLY + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + THREAD_TS
                    + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}";
            previous = "{\"token\":\"legacy\",\"team_id\":\"" + TEAM + "\",\"api_app_id\":\"A-COP\",\"event\":" + event
                    + ",\"type\":\"event_callback\",\"event_id\":\"Ev-" + run + "-" + i + "\",\"event_time\":1700000100}";
            shots.add(new OpenLoad.Shot(previous, false));
        }
        return shots;
    }

    private static CheckIn checkIn(ConfigurableApplicationContext app, String channel) {
        Communities communities = app.getBean(Communities.class);
        return app.getBean(CheckIns.class).post(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, TEAM,
                channel)), PromptKind.CHALLENGE, null, OptionalLong.empty());
    }

    static ConfigurableApplicationContext startApplication(String apiUrl, Path data) {
        return startApplication(apiUrl, data, List.of());
    }

    /** The application as {@link #startApplication(String, Path)} starts it, with some arguments set otherwise. */
    static ConfigurableApplicationContext startApplication(String apiUrl, Path data, List<String> more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--cop.data-dir=" + data,
                "--cop.secret-key=bench-secret-key-0123456789abcdef", "--slack.bot-token=" + TOKEN,
                "--slack.signing-secret=" + SECRET, "--slack.api-url=" + apiUrl, "--slack.app-token=",
                "--slack.client-id=", "--slack.client-secret=", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--logging.level.org.copcheckin=WARN"));
        String datasource = System.getProperty("bench.datasource-url");
        if (datasource != null && !datasource.isBlank()) {
            args.add("--spring.datasource.url=" + datasource); // e.g. a PostgreSQL to compare with H2
        }
        for (String arg : more) { // replaces the argument of the same name (a repeated one would be joined by commas)
            String name = arg.substring(0, arg.indexOf('=') + 1);
            args.removeIf(existing -> existing.startsWith(name));
            args.add(arg);
        }
        return new SpringApplicationBuilder(CopCheckinApplication.class)
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("benchExcludesTestClasses", new TestClassesExcluded()))
                // command-line arguments outrank application.yml (and any SERVER_PORT or COP_DATA_DIR around)
                .run(args.toArray(String[]::new));
    }

    static WireMockServer standIn() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlPathEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":true,\"team_id\":\"" + TEAM
                + "\",\"user_id\":\"U-BOT\",\"bot_id\":\"B-BOT\",\"team\":\"Bench\",\"user\":\"cop\"}")));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(
                "{\"ok\":true,\"ts\":\"" + THREAD_TS + "\"}")));
        return server;
    }
}
