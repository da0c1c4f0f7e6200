package org.copcheckin.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.copcheckin.checkins.CheckIn;
import org.copcheckin.checkins.CheckIns;
import org.copcheckin.checkins.PromptKind;
import org.copcheckin.community.Communities;
import org.copcheckin.insights.InsightsFixtures;
import org.copcheckin.insights.NameCorpus;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long a long thread reply takes to be acknowledged, through the real signed Slack HTTP path into the running
 * application (signature check, Bolt, anonymiser, analysis, commit): replies of 1k, 10k and 40k characters (Slack's
 * limit) made of the name corpus's sentences (names in them, the workspace's members known by name), and hostile
 * ones of 40k: one long word, and thousands of {@code @}, {@code .} or digits. After the application's first reply
 * (a short one, which pays for cold code paths and the first member list), each is sent once ({@code fresh}: its own
 * code paths still cold) and then {@code -Dbench.long.repeats} times (default 20) after ten rounds of all of them
 * ({@code warm}: median and worst). Every reply must be acknowledged with 200 and counted once.
 */
final class LongReplyBench {

    private static final String CHANNEL = "C-LONG";
    private static final String THREAD_TS = "1700000000.000100";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String eventsUrl;
    private int sent;

    private LongReplyBench(String eventsUrl) {
        this.eventsUrl = eventsUrl;
    }

    static void run() {
        try {
            measure();
        } catch (Exception e) {
            throw new IllegalStateException("Long-reply benchmark failed", e);
        }
    }

    private static void measure() throws Exception {
        int repeats = Integer.getInteger("bench.long.repeats", 20);
        WireMockServer slack = SlackBench.standIn();
        slack.stubFor(post(urlPathEqualTo("/api/users.list")).willReturn(okJson(members())));
        // the privacy nudges that replies with names earn their authors
        slack.stubFor(post(urlPathEqualTo("/api/chat.postEphemeral")).willReturn(okJson("{\"ok\":true}")));
        Path data = Files.createTempDirectory("cop-bench-long");
        try (ConfigurableApplicationContext app = SlackBench.startApplication(
                "http://127.0.0.1:" + slack.port() + "/api/", data)) {
            String url = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort()
                    + "/slack/events";
            CheckIn checkIn = app.getBean(CheckIns.class).post(app.getBean(Communities.class).findOrCreate(
                    new ChannelRef(PlatformKind.SLACK, SlackBench.TEAM, CHANNEL)), PromptKind.CHALLENGE, null,
                    OptionalLong.empty());
            LongReplyBench bench = new LongReplyBench(url);
            Map<String, String> workloads = workloads();
            // the application's very first reply pays for cold code paths and the first member list on its own
            double first = bench.ackMillis("First check-in after the start: Dana Whitfield ran the circle today.");
            Map<String, Double> fresh = new LinkedHashMap<>();
            for (Map.Entry<String, String> workload : workloads.entrySet()) {
                fresh.put(workload.getKey(), bench.ackMillis(workload.getValue()));
            }
            for (int i = 0; i < 10; i++) {
                for (String text : workloads.values()) {
                    bench.ackMillis(text);
                }
            }
            Benchmarks.print("long_reply.cores", Runtime.getRuntime().availableProcessors());
            Benchmarks.print("long_reply.first_reply_after_start.ack_ms", ms(first));
            for (Map.Entry<String, String> workload : workloads.entrySet()) {
                double[] warm = new double[repeats];
                for (int i = 0; i < repeats; i++) {
                    warm[i] = bench.ackMillis(workload.getValue());
                }
                Arrays.sort(warm);
                String name = "long_reply." + workload.getKey();
                Benchmarks.print(name + ".chars", workload.getValue().length());
                Benchmarks.print(name + ".ack_fresh_ms", ms(fresh.get(workload.getKey())));
                Benchmarks.print(name + ".ack_warm_p50_ms", ms(warm[repeats / 2]));
                Benchmarks.print(name + ".ack_warm_max_ms", ms(warm[repeats - 1]));
            }
            int counted = app.getBean(JdbcClient.class).sql("SELECT COUNT(*) FROM reply_receipt WHERE checkin_id = ?")
                    .param(checkIn.id()).query(Integer.class).single();
            Benchmarks.print("long_reply.replies_sent", bench.sent);
            Benchmarks.print("long_reply.replies_counted", counted);
        } finally {
            slack.stop();
            SlackBench.deleteQuietly(data);
        }
    }

    /** The replies, by name: sentences with names to 1k, 10k and 40k characters, and hostile 40k ones. */
    static Map<String, String> workloads() {
        Map<String, String> workloads = new LinkedHashMap<>();
        workloads.put("sentences_1k", sentences(1_000));
        workloads.put("sentences_10k", sentences(10_000));
        workloads.put("sentences_40k", sentences(40_000));
        workloads.put("one_long_word_40k", "a".repeat(40_000));
        workloads.put("at_signs_40k", "@".repeat(40_000));
        workloads.put("dots_40k", ".".repeat(40_000));
        workloads.put("digits_40k", "7".repeat(40_000));
        workloads.put("at_dot_word_40k", "a@b.".repeat(10_000));
        workloads.put("digits_dashes_40k", "206-".repeat(10_000));
        return workloads;
    }

    private static String sentences(int length) {
        StringBuilder text = new StringBuilder(length);
        List<NameCorpus.Reply> corpus = NameCorpus.replies();
        List<InsightsFixtures.Reply> staff = InsightsFixtures.CHALLENGES;
        for (int i = 0; text.length() < length; i++) {
            text.append(i % 3 == 2 ? staff.get(i % staff.size()).text() : corpus.get(i % corpus.size()).text()).append(' ');
        }
        text.setLength(length);
        return text.toString();
    }

    /** The workspace's members, so names are removed as they would be in a real workspace. */
    private static String members() {
        StringBuilder json = new StringBuilder("{\"ok\":true,\"members\":[");
        int i = 0;
        for (String name : InsightsFixtures.KNOWN_NAMES) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"U-STAFF-").append(i).append("\",\"team_id\":\"")
                    .append(SlackBench.TEAM).append("\",\"name\":\"staff").append(i).append("\",\"real_name\":\"")
                    .append(name).append("\",\"deleted\":false,\"is_bot\":false,\"profile\":{\"display_name\":\"")
                    .append(name).append("\"}}");
            i++;
        }
        return json.append("],\"response_metadata\":{\"next_cursor\":\"\"}}").toString();
    }

    /** Sends the reply as a new event from a new member and returns the milliseconds until Slack's ack. */
    private double ackMillis(String text) throws Exception {
        int n = sent++;
        String ts = String.format(Locale.ROOT, "17200%05d.%06d", n / 1000, n % 1000);
        String body = "{\"token\":\"legacy\",\"team_id\":\"" + SlackBench.TEAM + "\",\"api_app_id\":\"A-COP\","
                + "\"event\":{\"type\":\"message\",\"channel\":\"" + CHANNEL + "\",\"user\":\"U-LONG-" + n
                + "\",\"text\":\"" + json(text) + "\",\"ts\":\"" + ts + "\",\"thread_ts\":\"" + THREAD_TS
                + "\",\"event_ts\":\"" + ts + "\",\"channel_type\":\"channel\"},\"type\":\"event_callback\","
                + "\"event_id\":\"Ev-LONG-" + n + "\",\"event_time\":1700000100}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(eventsUrl))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("A long reply was answered HTTP " + answer.statusCode());
        }
        return nanos / 1e6;
    }

    private static String json(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c < 0x20 ? String.format(Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }

    private static String sign(String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SlackBench.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.2f", millis);
    }
}
