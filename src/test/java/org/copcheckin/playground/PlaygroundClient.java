package org.copcheckin.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixture: acts on the playground through its JSON API with a real HTTP client, as the page's script does. */
final class PlaygroundClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    PlaygroundClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Runs a command as the persona and returns the whole result: its outcome and the state they see. */
    JsonNode commandResult(String as, String text) {
        return body(post("/playground/api/command", Map.of("as", as, "text", text), 200));
    }

    /** Runs a command as the persona and returns the state they see afterwards. */
    JsonNode command(String as, String text) {
        return body(post("/playground/api/command", Map.of("as", as, "text", text), 200)).get("state");
    }

    /** Replies in a thread as the persona; returns the whole result (outcome and state). */
    JsonNode reply(String as, String threadId, String text) {
        return body(post("/playground/api/reply", Map.of("as", as, "threadId", threadId, "text", text), 200));
    }

    JsonNode button(String as, String actionId, String value) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("as", as);
        request.put("actionId", actionId);
        request.put("value", value);
        return body(post("/playground/api/button", request, 200));
    }

    /** Clicks an emoji under a post as the persona (adds it, or takes it away); returns outcome and state. */
    JsonNode react(String as, String threadId, String emoji) {
        return body(post("/playground/api/react", Map.of("as", as, "threadId", threadId, "emoji", emoji), 200));
    }

    JsonNode state(String as) {
        return json.readTree(get("/playground/api/state?as=" + as).body());
    }

    /** The newest item (post or image) in the channel, as the persona sees it. */
    JsonNode newestInChannel(String as) {
        JsonNode channel = state(as).get("channel");
        return channel.get(channel.size() - 1);
    }

    /** The persona's newest private answer. */
    JsonNode newestAnswer(String as) {
        JsonNode answers = state(as).get("answers");
        return answers.get(answers.size() - 1);
    }

    HttpResponse<String> post(String path, Map<String, String> body, int expectedStatus) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError("POST " + path + " answered " + response.statusCode() + ", expected " + expectedStatus);
        }
        return response;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
