package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The limits of {@code /slack/events} over real HTTP. */
@SlackHttpTest
class SlackRequestLimitsTest {

    @LocalServerPort
    int port;

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
    void aCorrectlySignedEventWithATimestampTenMinutesAheadIsRefusedAsStale() {
        String json = "{\"token\":\"x\",\"challenge\":\"future\",\"type\":\"url_verification\"}";
        assertThat(new SignedSlack(port).send(json, "application/json", Instant.now().plusSeconds(600), Map.of())
                .statusCode()).isEqualTo(401);
        assertThat(new SignedSlack(port).send(json, "application/json", Instant.now(), Map.of()).statusCode())
                .isEqualTo(200);
    }
}
