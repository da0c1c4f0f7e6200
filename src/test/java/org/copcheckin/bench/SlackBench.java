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
 * What a large community does: signed thread-reply events at a fixed rate (default 300/s, open loop) from thousands
 * of distinct members, each replying once to a word prompt (one-word answers, short phrases and sentences with
 * names in them, the members known by name from {@code users.list}), against a freshly started application over
 * loopback (once its readiness probe says it is ready, as Kubernetes would route to it), and the same stream against a bare Bolt app that only acknowledges. Every tenth event is a retry of the
 * one before (same event id and ts, {@code X-Slack-Retry-Num: 1}). The first {@code bench.warmup} seconds after
 * the start are printed on their own ({@code slack.first_contact.*}); the measured seconds follow at once
 * ({@code slack.cop.*}, the targets), and their second half again as {@code slack.warm.*}. Prints
 * {@code name: value}. Settings: {@code -Dbench.rate}, {@code -Dbench.seconds}, {@code -Dbench.warmup} (seconds).
 */
final class SlackBench {

    static final String SECRET = "bench-signing-secret";
    private static final String TOKEN = "xoxb-bench-token";
    static final String TEAM = "T-BENCH";
    private static final String CHANNEL = "C-BENCH";
    private static final String THREAD_TS = "1700000000.000100";
    private static final String[] FIRST = {"Dana", "Kofi", "Priya", "Tomasz", "Maria", "Jordan", "Oksana", "Taras",
        "Hodan", "Gurpreet", "Harpreet", "Ayaan", "Nguyen", "Mai", "Abdi", "Fatima", "Luis", "Aisha", "Mateo", "Chen",
        "Olena", "Kwame", "Lupe", "Simran", "Tou", "Zamzam", "Iryna", "Arjun", "Beto", "Khadra"};
    private static final String[] LAST = {"Whitfield", "Mensah", "Ramos", "Wojcik", "Lopez", "Okafor", "Shevchenko",
        "Farah", "Singh", "Kaur", "Jama", "Tran", "Abdi", "Hassan", "Garcia", "Yusuf", "Rivera", "Kim", "Bondarenko",
        "Boateng", "Vang", "Dhillon", "Lor", "Ali", "Boyko", "Grewal", "Hernandez", "Osman", "Nur", "Patel"};
    private static final String[] WORDS = {"Overwhelmed", "hopeful", "Tired", "energised", "Grateful", "stretched",
        "curious", "Drained", "proud", "anxious", "Calm", "busy", "Inspired", "frustrated", "Optimistic", "exhausted",
        "connected", "Relieved", "stuck", "motivated", "Hectic", "steady", "worried", "Encouraged", "thankful"};

    private SlackBench() {
    }

    static void run() throws Exception {
        int rate = Integer.getInteger("bench.rate", 300);
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup", 5);
        // one event in ten is a retry, so the members are nine tenths of the events sent
        int members = rate * (warmup + seconds) * 9 / 10;
        WireMockServer slack = standIn();
        slack.stubFor(post(urlPathEqualTo("/api/users.list")).willReturn(okJson(members(members))));
        // the privacy nudges that replies with names earn their authors
        slack.stubFor(post(urlPathEqualTo("/api/chat.postEphemeral")).willReturn(okJson("{\"ok\":true}")));
        String apiUrl = "http://127.0.0.1:" + slack.port() + "/api/";
        Path data = Files.createTempDirectory("cop-bench");
        long started = System.nanoTime();
        try (ConfigurableApplicationContext app = startApplication(apiUrl, data);
             BareBolt bare = new BareBolt(apiUrl, TOKEN, SECRET)) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            // as Kubernetes sends traffic to a fresh pod: once its readiness probe says so (the analysis warm-up
            // runs before the web server starts, so it is finished by then)
            awaitReady(base + "/actuator/health/readiness");
            double startSeconds = (System.nanoTime() - started) / 1e9;
            String ours = base + "/slack/events";
            // a channel and event ids of their own, so a run against a database kept from an earlier run
            // (-Dbench.datasource-url) counts only its own replies
            String runId = Long.toString(System.currentTimeMillis(), 36);
            String channel = CHANNEL + "-" + runId;
            CheckIn checkIn = checkIn(app, channel);
            OpenLoad load = new OpenLoad(SECRET);
            // every member replies once: the warm-up's members are not the measured ones
            List<OpenLoad.Shot> all = shots(runId, channel, members);
            List<OpenLoad.Shot> first = all.subList(0, rate * warmup);
            List<OpenLoad.Shot> measured = all.subList(rate * warmup, all.size());

            // the app's first seconds after its start (first contact), against bare Bolt's first seconds
            OpenLoad.Result bareFirst = load.run(bare.eventsUrl(), first, rate);
            OpenLoad.Result ourFirst = load.run(ours, first, rate);

            // the measured time is split into rounds that alternate between the two apps, so a noisy
            // neighbour on a shared machine weighs on both alike
            int rounds = Integer.getInteger("bench.rounds", 10);
            OpenLoad.Result bareResult = null;
            OpenLoad.Result ourResult = null;
            OpenLoad.Result bareWarm = null;
            OpenLoad.Result ourWarm = null;
            int perRound = measured.size() / rounds;
            RequestCpu cpuBefore = RequestCpu.now();
            for (int round = 0; round < rounds; round++) {
                int from = round * perRound;
                int to = round == rounds - 1 ? measured.size() : from + perRound;
                OpenLoad.Result bareRound = load.run(bare.eventsUrl(), measured.subList(from, to), rate);
                OpenLoad.Result ourRound = load.run(ours, measured.subList(from, to), rate);
                System.out.printf(Locale.ROOT, "slack.round_%d.p99_ms: cop %.2f, bare_bolt %.2f%n", round + 1,
                        ourRound.p99Millis(), bareRound.p99Millis());
                bareResult = bareResult == null ? bareRound : bareResult.plus(bareRound);
                ourResult = ourResult == null ? ourRound : ourResult.plus(ourRound);
                if (round >= rounds / 2) {
                    bareWarm = bareWarm == null ? bareRound : bareWarm.plus(bareRound);
                    ourWarm = ourWarm == null ? ourRound : ourWarm.plus(ourRound);
                }
            }

            RequestCpu cpu = RequestCpu.now().minus(cpuBefore);
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long unique = all.stream().filter(s -> !s.retry()).count();
            // each reply is one trend row of its community (keyed by the reply, not the delivery) and one receipt
            // (keyed by the delivery): a reply taken in twice, or a retry taken for a new reply, shows in either
            int counted = jdbc.sql("SELECT COUNT(*) FROM trend_reply WHERE community_id = "
                    + "(SELECT community_id FROM checkin WHERE id = ?)").param(checkIn.id()).query(Integer.class).single();
            int receipts = jdbc.sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?").param(checkIn.id())
                    .query(Integer.class).single();
            line("slack.cores", Runtime.getRuntime().availableProcessors());
            line("slack.load_average_1min", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            line("slack.app_start_s", startSeconds);
            line("slack.distinct_members", unique);
            print("slack.first_contact", bareFirst, ourFirst);
            print("slack.warm", bareWarm, ourWarm);
            line("slack.offered_events_per_s", rate);
            line("slack.warmup_s", warmup);
            line("slack.duration_s", seconds);
            line("slack.rounds_alternating", rounds);
            print("slack", bareResult, ourResult);
            // CPU the request threads spent per event in the measured rounds: hardly moved by a busy machine's load,
            // unlike the latencies (the app commits each group on its callers' request threads)
            line("slack.cop.request_cpu_ms_per_event", cpu.oursNanos() / 1e6 / ourResult.sent());
            line("slack.bare_bolt.request_cpu_ms_per_event", cpu.bareNanos() / 1e6 / bareResult.sent());
            line("slack.request_cpu_ratio_cop_to_bare", (double) cpu.oursNanos() / ourResult.sent()
                    / ((double) cpu.bareNanos() / bareResult.sent()));
            line("slack.cop.unique_replies_sent", unique);
            line("slack.cop.replies_counted", counted);
            line("slack.cop.reply_receipts", receipts);
            line("slack.cop.replies_lost", Math.max(0, unique - Math.min(counted, receipts)));
            line("slack.cop.replies_double_counted", Math.max(0, counted - unique) + Math.max(0, receipts - unique));
        } finally {
            slack.stop();
            deleteQuietly(data);
        }
    }

    /**
     * CPU time of the two servers' request threads so far: the app's embedded Tomcat ({@code http-nio-auto-...-exec})
     * and bare Bolt's, bound to 127.0.0.1 ({@code http-nio-127.0.0.1-...-exec}). Per thread, so a difference counts
     * only what threads alive at both moments did, or new ones since.
     */
    private record RequestCpu(java.util.Map<Long, Long> ours, java.util.Map<Long, Long> bare) {

        static RequestCpu now() {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            java.util.Map<Long, Long> ours = new java.util.HashMap<>();
            java.util.Map<Long, Long> bare = new java.util.HashMap<>();
            for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info == null || !info.getThreadName().startsWith("http-nio-")
                        || !info.getThreadName().contains("-exec-")) {
                    continue;
                }
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos >= 0) {
                    (info.getThreadName().contains("127.0.0.1") ? bare : ours).put(info.getThreadId(), nanos);
                }
            }
            return new RequestCpu(ours, bare);
        }

        RequestCpu minus(RequestCpu before) {
            return new RequestCpu(difference(ours, before.ours), difference(bare, before.bare));
        }

        long oursNanos() {
            return ours.values().stream().mapToLong(Long::longValue).sum();
        }

        long bareNanos() {
            return bare.values().stream().mapToLong(Long::longValue).sum();
        }

        private static java.util.Map<Long, Long> difference(java.util.Map<Long, Long> now,
                                                            java.util.Map<Long, Long> before) {
            java.util.Map<Long, Long> spent = new java.util.HashMap<>();
            now.forEach((id, nanos) -> spent.put(id, nanos - before.getOrDefault(id, 0L)));
            return spent;
        }
    }

    /** Waits until the readiness probe answers 200 (at most a minute). */
    static void awaitReady(String readinessUrl) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
        while (http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(readinessUrl)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The application did not become ready within a minute");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    static void deleteQuietly(Path directory) throws java.io.IOException {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** One phase's figures for both apps, and ours as a fraction or multiple of bare Bolt's. */
    private static void print(String prefix, OpenLoad.Result bare, OpenLoad.Result ours) {
        line(prefix + ".cop.events_sent", ours.sent());
        line(prefix + ".cop.events_per_s_sustained", ours.eventsPerSecond());
        line(prefix + ".cop.acks_ok", ours.ok());
        line(prefix + ".cop.acks_failed", ours.failed());
        line(prefix + ".cop.acks_over_3s", ours.over(3_000));
        line(prefix + ".cop.ack_p50_ms", ours.p50Millis());
        line(prefix + ".cop.ack_p99_ms", ours.p99Millis());
        line(prefix + ".bare_bolt.events_per_s_sustained", bare.eventsPerSecond());
        line(prefix + ".bare_bolt.acks_failed", bare.failed());
        line(prefix + ".bare_bolt.ack_p50_ms", bare.p50Millis());
        line(prefix + ".bare_bolt.ack_p99_ms", bare.p99Millis());
        line(prefix + ".rate_held_fraction_of_bare", ours.eventsPerSecond() / bare.eventsPerSecond());
        line(prefix + ".p50_ratio_cop_to_bare", ours.p50Millis() / bare.p50Millis());
        line(prefix + ".p99_ratio_cop_to_bare", ours.p99Millis() / bare.p99Millis());
    }

    private static void line(String name, double value) {
        System.out.println(name + ": " + (value == Math.rint(value) && Math.abs(value) < 1e12
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value)));
    }

    /** Member {@code i}'s name: first names and surnames of several languages, repeating as in a large workspace. */
    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
    }

    /** One reply to the word prompt: mostly a word, sometimes a phrase or sentence naming another member. */
    private static String reply(int i) {
        String word = WORDS[(i * 7) % WORDS.length];
        String other = name(i * 31 + 11);
        String firstName = other.substring(0, other.indexOf(' '));
        return switch (i % 8) {
            case 0, 1, 2 -> word;
            case 3 -> word.toLowerCase(Locale.ROOT) + ", honestly";
            case 4 -> word + " - " + firstName + "'s case again";
            case 5 -> word + "! " + other + " got housed this week";
            case 6 -> word + ". " + firstName + " covered my group on Tuesday, thank you";
            default -> word + " but " + WORDS[(i * 3) % WORDS.length].toLowerCase(Locale.ROOT) + " after talking to "
                    + other;
        };
    }

    /** The workspace's members, in one page: the bench's distinct members, each with a name. */
    private static String members(int count) {
        StringBuilder json = new StringBuilder("{\"ok\":true,\"members\":[");
        for (int i = 0; i < count; i++) {
            String name = name(i);
            json.append(i == 0 ? "" : ",").append("{\"id\":\"U-M").append(i).append("\",\"team_id\":\"")
                    .append(TEAM).append("\",\"name\":\"member").append(i).append("\",\"real_name\":\"")
                    .append(name).append("\",\"deleted\":false,\"is_bot\":false,\"profile\":{\"display_name\":\"")
                    .append(name).append("\"}}");
        }
        return json.append("],\"response_metadata\":{\"next_cursor\":\"\"}}").toString();
    }

    /** One reply from each member, each tenth event a retry of the reply before it. */
    private static List<OpenLoad.Shot> shots(String run, String channel, int members) {
        List<OpenLoad.Shot> shots = new ArrayList<>(members + members / 9);
        String previous = null;
        for (int i = 0; i < members; i++) {
            // reply ts values never equal the check-in's own ts (a thread's parent is not a reply)
            String ts = String.format(Locale.ROOT, "17100%05d.%06d", i / 1000, i % 1000);
            String event = "{\"type\":\"message\",\"channel\":\"" + channel + "\",\"user\":\"U-M" + i
                    + "\",\"text\":\"" + reply(i) + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + THREAD_TS
                    + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"}";
            previous = "{\"token\":\"legacy\",\"team_id\":\"" + TEAM + "\",\"api_app_id\":\"A-COP\",\"event\":" + event
                    + ",\"type\":\"event_callback\",\"event_id\":\"Ev-" + run + "-" + i + "\",\"event_time\":1700000100}";
            shots.add(new OpenLoad.Shot(previous, false));
            if (i % 9 == 8) {
                shots.add(new OpenLoad.Shot(previous, true));
            }
        }
        return shots;
    }

    private static CheckIn checkIn(ConfigurableApplicationContext app, String channel) {
        Communities communities = app.getBean(Communities.class);
        return app.getBean(CheckIns.class).post(communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, TEAM,
                channel)), PromptKind.WORD, null, OptionalLong.empty());
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
