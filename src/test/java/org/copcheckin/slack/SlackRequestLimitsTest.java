package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The limits of {@code /slack/events} over real HTTP. */
@SlackHttpTest
class SlackRequestLimitsTest {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Value("${server.tomcat.connection-timeout}")
    Duration connectionTimeout;

    @Test
    void aSignedRequestDeclaringTwoMegabytesIsRefusedWith413BeforeItsBodyIsSent() throws Exception {
        String ts = Long.toString(Instant.now().getEpochSecond());
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "X-Slack-Request-Timestamp: " + ts + "\r\nX-Slack-Signature: v0=" + "a".repeat(64) + "\r\n"
                    + "Content-Length: " + (2 * 1024 * 1024) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aRequestDeclaringABodyItNeverSendsIsAnsweredWith408AndFreesItsThreadWithinTheConnectionTimeout()
            throws Exception {
        // the product's own setting (application.yml): a stalled read ends after it, not after Tomcat's minute
        Duration timeout = connectionTimeout;
        String ts = Long.toString(Instant.now().getEpochSecond());
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) timeout.plusSeconds(20).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "X-Slack-Request-Timestamp: " + ts + "\r\nX-Slack-Signature: v0=" + "a".repeat(64) + "\r\n"
                    + "Content-Length: 500\r\n\r\n{\"type\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long sent = System.nanoTime();

            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            Duration waited = Duration.ofNanos(System.nanoTime() - sent);
            assertThat(status).startsWith("HTTP/1.1 408");
            assertThat(waited).isGreaterThanOrEqualTo(timeout.minusMillis(500)).isLessThan(timeout.plusSeconds(10));
        }
    }

    @Test
    void aCorrectlySignedEventWithATimestampTenMinutesAheadIsRefusedAsStale() {
        String json = "{\"token\":\"x\",\"challenge\":\"future\",\"type\":\"url_verification\"}";
        assertThat(new SignedSlack(port).send(json, "application/json", Instant.now().plusSeconds(600), Map.of())
                .statusCode()).isEqualTo(401);
        assertThat(new SignedSlack(port).send(json, "application/json", Instant.now(), Map.of()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void everyRequestIsInTheRequestMetricUnderTheEndpointsPathWithItsStatus() {
        String json = "{\"token\":\"x\",\"challenge\":\"metric\",\"type\":\"url_verification\"}";
        long answeredBefore = count("200");
        long refusedBefore = count("401");

        assertThat(new SignedSlack(port).send(json, "application/json", Instant.now(), Map.of()).statusCode())
                .isEqualTo(200);
        assertThat(new SignedSlack(port, "a-forged-secret").send(json, "application/json", Instant.now(), Map.of())
                .statusCode()).isEqualTo(401);

        // the observation ends once the response is written, so the client can have it a moment before
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(count("200")).isEqualTo(answeredBefore + 1);
            assertThat(count("401")).isEqualTo(refusedBefore + 1);
        });
    }

    @Test
    void aGetIsNotAnEventAndIsRefusedWithoutReachingBolt() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/slack/events")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
    }

    private long count(String status) {
        Timer timer = registry.find("http.server.requests").tag("uri", "/slack/events").tag("method", "POST")
                .tag("status", status).timer();
        return timer == null ? 0 : timer.count();
    }
}
