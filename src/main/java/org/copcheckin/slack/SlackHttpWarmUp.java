package org.copcheckin.slack;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;

/**
 * Before a freshly started app is ready (its readiness probe still refuses traffic, so Kubernetes sends it none),
 * sends {@code cop.intake-warm-up} signed {@code url_verification} requests (at most 3,000, for at most
 * {@value #MAX_SECONDS} s) to its own {@code /slack/events} over loopback, from a few threads: the web server, Spring
 * MVC, the signature checks and Bolt's request handling are then compiled when Slack's first burst of events comes,
 * where they were interpreted during its first seconds while events queued (the Slack benchmark's first rounds).
 * The reply intake behind them is warmed by {@code IntakeWarmUp}. The requests carry a made-up challenge and no team,
 * reach no other server and store nothing; they show in the {@code http.server.requests} metric. Only in HTTP mode
 * (a signing secret, no Socket Mode), and only where a plain request can reach the server: not over TLS; to the
 * address the server is bound to, or loopback when it listens on all of them; under its context path.
 */
@SlackComponent
class SlackHttpWarmUp implements ApplicationRunner {

    static final int MAX_REQUESTS = 3000;
    static final int MAX_SECONDS = 5;
    private static final int THREADS = 4;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(SlackHttpWarmUp.class);

    private final SlackProperties properties;
    private final Clock clock;
    private final int requests;
    private final ServerProperties server;
    private volatile int port = -1;

    SlackHttpWarmUp(SlackProperties properties, Clock clock, ServerProperties server,
                    @Value("${cop.intake-warm-up:3000}") int requests) {
        this.properties = properties;
        this.clock = clock;
        this.server = server;
        this.requests = Math.min(MAX_REQUESTS, Math.max(0, requests));
    }

    /** The application's own server, not the management server's (which may have a port of its own). */
    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** Runs before the application is ready: Spring Boot reports readiness once every runner has returned. */
    @Override
    public void run(ApplicationArguments args) {
        boolean plainHttp = server.getSsl() == null || !server.getSsl().isEnabled();
        if (requests > 0 && properties.signingSecret() != null && !properties.socketMode() && plainHttp && port > 0) {
            warm(events(port), requests);
        }
    }

    /** The endpoint as this server serves it: its bound address (loopback when it listens on all), its context path. */
    URI events(int serverPort) {
        InetAddress bound = server.getAddress();
        InetAddress address = bound == null || bound.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : bound;
        String host = address instanceof java.net.Inet6Address ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        String contextPath = server.getServlet().getContextPath() == null ? "" : server.getServlet().getContextPath();
        return URI.create("http://" + host + ":" + serverPort + contextPath + "/slack/events");
    }

    /** @return how many requests were answered with their challenge */
    int warm(URI events, int count) {
        long started = System.nanoTime();
        try {
            int answered = send(events, count);
            if (answered == count) {
                log.info("Warmed the Slack endpoint with {} signed requests over loopback in {} ms", answered,
                        (System.nanoTime() - started) / 1_000_000);
            } else {
                log.info("The Slack endpoint warm-up stopped after {} of {} signed requests, in {} ms", answered,
                        count, (System.nanoTime() - started) / 1_000_000);
            }
            return answered;
        } catch (RuntimeException e) {
            // a warm-up that failed costs the first events some speed, never the start
            log.warn("The Slack endpoint warm-up stopped: {}", e.getCause() == null ? e.getClass().getSimpleName()
                    : e.getCause().getClass().getSimpleName());
            return 0;
        }
    }

    private int send(URI events, int count) {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stopping = new AtomicBoolean();
        long deadline = System.nanoTime() + Duration.ofSeconds(MAX_SECONDS).toNanos();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "cop-slack-warm-up");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(pool.submit(() -> {
                    while (!stopping.get() && next.getAndIncrement() < count) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            break;
                        }
                        int status = request(http, events, Duration.ofNanos(Math.min(left, REQUEST_TIMEOUT.toNanos())));
                        if (status == 200) {
                            ok.incrementAndGet();
                        } else if (stopping.compareAndSet(false, true)) {
                            // the endpoint refused or failed: stop rather than hammer it, and say so once
                            log.info("The Slack endpoint warm-up stopped: a request was answered {}", status);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(Math.max(1, deadline - System.nanoTime()) + REQUEST_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("The Slack endpoint warm-up failed", e.getCause() == null ? e : e.getCause());
        } finally {
            stopping.set(true);
            pool.shutdownNow();
        }
        return ok.get();
    }

    /** @return the status, 200 only when the answer holds the challenge */
    private int request(HttpClient http, URI events, Duration timeout) throws java.io.IOException, InterruptedException {
        String challenge = UUID.randomUUID().toString();
        String body = "{\"token\":\"cop-warm-up\",\"challenge\":\"" + challenge + "\",\"type\":\"url_verification\"}";
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(events).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", SlackRequestGate.signature(
                        properties.signingSecret().getBytes(StandardCharsets.UTF_8), timestamp,
                        body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && !response.body().contains(challenge) ? -1 : response.statusCode();
    }
}
