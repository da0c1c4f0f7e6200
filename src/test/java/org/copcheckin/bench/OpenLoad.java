package org.copcheckin.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fires signed Events API requests at a fixed rate whatever the answers do (open loop). Each latency is measured
 * from the moment the request was due, so a stall shows in the figures instead of slowing the sender.
 */
final class OpenLoad {

    /** One request to send: its body and any extra headers (retries). */
    record Shot(String body, boolean retry) {
    }

    /** What one or more runs measured: raw latencies (ns) and the time the runs took. */
    record Result(int ok, int failed, long[] latencies, long elapsedNanos) {

        int sent() {
            return latencies.length;
        }

        double eventsPerSecond() {
            return latencies.length / (elapsedNanos / 1e9);
        }

        double p50Millis() {
            return percentile(0.50);
        }

        double p99Millis() {
            return percentile(0.99);
        }

        /** How many acknowledgements took longer than this (Slack retries an event not acknowledged in 3 s). */
        long over(long millis) {
            return Arrays.stream(latencies).filter(nanos -> nanos > millis * 1_000_000L).count();
        }

        Result plus(Result other) {
            long[] all = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, all, latencies.length, other.latencies.length);
            return new Result(ok + other.ok, failed + other.failed, all, elapsedNanos + other.elapsedNanos);
        }

        private double percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4))
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String secret;

    OpenLoad(String secret) {
        this.secret = secret;
    }

    Result run(String url, List<Shot> shots, int perSecond) throws Exception {
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long[] latencies = new long[shots.size()];
        long[] finished = new long[shots.size()];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<?>[] pending = new CompletableFuture<?>[shots.size()];
        long start = System.nanoTime();
        for (int i = 0; i < shots.size(); i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            pending[i] = http.sendAsync(request(url, shots.get(i)), HttpResponse.BodyHandlers.discarding())
                    .handle((response, error) -> {
                        long now = System.nanoTime();
                        latencies[index] = now - due;
                        finished[index] = now;
                        if (error == null && response.statusCode() == 200) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                        return null;
                    });
        }
        CompletableFuture.allOf(pending).get(60, TimeUnit.SECONDS);
        long end = Arrays.stream(finished).max().orElse(start);
        return new Result(ok.get(), failed.get(), latencies, end - start);
    }

    private HttpRequest request(String url, Shot shot) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", sign(timestamp, shot.body()))
                .POST(HttpRequest.BodyPublishers.ofString(shot.body()));
        if (shot.retry()) {
            request.header("X-Slack-Retry-Num", "1").header("X-Slack-Retry-Reason", "http_timeout");
        }
        return request.build();
    }

    private String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
