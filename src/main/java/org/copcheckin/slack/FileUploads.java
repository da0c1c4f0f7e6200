package org.copcheckin.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.copcheckin.platform.PlatformException;

/** The middle step of Slack's external upload: the bytes go to the one-off URL that Slack handed out. */
@SlackComponent
class FileUploads {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    void send(String uploadUrl, String fileName, byte[] bytes) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new PlatformException("Slack refused the upload of " + fileName + " (HTTP " + status + ")");
            }
        } catch (IOException e) {
            throw new PlatformException("Slack's upload URL could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while uploading to Slack");
        }
    }
}
