package org.copcheckin.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests to {@code /slack/events} signed exactly as Slack signs them: {@code v0=} and the hex
 * HMAC-SHA256 of {@code v0:<timestamp>:<raw body>} with the signing secret.
 */
final class SignedSlack {

    static final String SECRET = "test-signing-secret";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String eventsUrl;
    private final String secret;

    SignedSlack(int port, String secret) {
        this.eventsUrl = "http://127.0.0.1:" + port + "/slack/events";
        this.secret = secret;
    }

    SignedSlack(int port) {
        this(port, SECRET);
    }

    HttpResponse<String> command(String teamId, String channelId, String userId, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", teamId);
        form.put("team_domain", "district");
        form.put("channel_id", channelId);
        form.put("channel_name", "cop");
        form.put("user_id", userId);
        form.put("user_name", "someone");
        form.put("command", "/cop");
        form.put("text", text);
        form.put("api_app_id", "A-COP");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "123.456.abc");
        return send(form(form), "application/x-www-form-urlencoded", Instant.now(), Map.of());
    }

    HttpResponse<String> event(String json, Map<String, String> headers) {
        return send(json, "application/json", Instant.now(), headers);
    }

    HttpResponse<String> event(String json) {
        return event(json, Map.of());
    }

    HttpResponse<String> interaction(String payloadJson) {
        return send(form(Map.of("payload", payloadJson)), "application/x-www-form-urlencoded", Instant.now(), Map.of());
    }

    HttpResponse<String> send(String body, String contentType, Instant timestamp, Map<String, String> headers) {
        String ts = Long.toString(timestamp.getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(eventsUrl))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", signature(secret, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::setHeader);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
