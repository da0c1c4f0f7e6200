package org.copcheckin.slack;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.slack.SocketModeCheck.Accepted;
import org.copcheckin.slack.SocketModeCheck.Answer;
import org.copcheckin.slack.SocketModeCheck.Refused;
import org.copcheckin.slack.SocketModeCheck.Unavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode when {@code SLACK_APP_TOKEN} is set: the same Bolt app over a WebSocket that Slack opens
 * ({@code apps.connections.open} through {@code SLACK_API_URL}), started and stopped with the application and
 * reconnecting by itself. A token Slack refuses fails start-up; an unreachable Slack does not: the application
 * starts without it and keeps trying in the background (Bolt handles drops once connected).
 * The WebSocket is Java-WebSocket (the SDK's {@code Backend.JavaWebSocket}), not the unmaintained javax Tyrus 1.x.
 */
@SlackComponent
class SocketMode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketMode.class);

    private final App app;
    private final SlackProperties properties;
    private final CopMetrics metrics;
    private final SocketModeBackoff backoff;
    private final Object lock = new Object();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean running;
    private volatile boolean linked;
    private volatile SocketModeApp socketModeApp;
    private volatile String lastFailure;
    private volatile Duration retryAfter = Duration.ZERO;
    private volatile Duration nextRetryIn = Duration.ZERO;
    private volatile String refusal;
    private ScheduledExecutorService retries;

    SocketMode(App app, SlackProperties properties, CopMetrics metrics) {
        this.app = app;
        this.properties = properties;
        this.metrics = metrics;
        this.backoff = new SocketModeBackoff(properties.socketRetryInitial(), properties.socketRetryMax());
    }

    @Override
    public void start() {
        if (!properties.socketMode()) {
            return;
        }
        synchronized (lock) {
            running = true;
            failures.set(0);
            refusal = null;
        }
        Answer answer = attempt();
        if (answer instanceof Refused refused) {
            running = false;
            throw new IllegalStateException(refusedMessage(refused));
        }
        if (answer instanceof Unavailable unavailable) {
            log.warn("Slack Socket Mode could not reach Slack at start ({}); the application runs without Slack and "
                    + "keeps trying in the background, every {} ms doubling up to {} ms",
                    unavailable.reason(), backoff.initial().toMillis(), backoff.max().toMillis());
            synchronized (lock) {
                if (running) {
                    retries = Executors.newSingleThreadScheduledExecutor(SocketMode::retryThread);
                    scheduleRetry();
                }
            }
        }
    }

    @Override
    public void stop() {
        SocketModeApp open;
        ScheduledExecutorService pending;
        synchronized (lock) {
            running = false;
            linked = false;
            open = socketModeApp;
            socketModeApp = null;
            pending = retries;
            retries = null;
        }
        if (pending != null) {
            pending.shutdownNow();
            awaitTermination(pending);
        }
        if (open != null) {
            close(open);
            log.info("Slack Socket Mode disconnected");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The socket is open (Slack said hello and has not closed it since). */
    boolean connected() {
        return socketModeApp != null && linked;
    }

    /** Bolt has a client and reconnects it by itself after a drop. */
    boolean opened() {
        return socketModeApp != null;
    }

    /** Failed attempts to reach Slack since the last success. */
    int failures() {
        return failures.get();
    }

    String lastFailure() {
        return lastFailure;
    }

    /** The error with which Slack refused the token after start-up, which stopped the attempts; or null. */
    String refusal() {
        return refusal;
    }

    private void retry() {
        Answer answer = attempt();
        if (answer instanceof Refused refused) {
            refusal = refused.error();
            log.error("{}; Socket Mode stops trying", refusedMessage(refused));
            synchronized (lock) {
                if (retries != null) {
                    retries.shutdown();
                }
            }
            return;
        }
        synchronized (lock) {
            if (running && answer instanceof Unavailable) {
                scheduleRetry();
            }
        }
    }

    /** Called with the lock held, while running. */
    private void scheduleRetry() {
        Duration delay = backoff.delay(failures.get(), ThreadLocalRandom.current().nextDouble());
        if (retryAfter.compareTo(delay) > 0) {
            delay = retryAfter; // Slack rate-limited us: its Retry-After wins over a shorter backoff
        }
        nextRetryIn = delay;
        retries.schedule(this::retry, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The wait before the retry scheduled last. */
    Duration nextRetryIn() {
        return nextRetryIn;
    }

    private Answer attempt() {
        Answer answer = SocketModeCheck.ask(app.slack(), properties.appToken());
        if (answer instanceof Accepted) {
            answer = open();
        }
        if (answer instanceof Unavailable unavailable) {
            failures.incrementAndGet();
            lastFailure = unavailable.reason();
            retryAfter = unavailable.retryAfter();
        }
        metrics.platformConnectAttempt("slack", answer instanceof Accepted ? "connected"
                : answer instanceof Refused ? "refused" : "unavailable");
        return answer;
    }

    private Answer open() {
        SocketModeApp opened = null;
        try {
            opened = new SocketModeApp(properties.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            opened.startAsync();
        } catch (Exception e) {
            close(opened);
            return new Unavailable(e.getClass().getSimpleName());
        }
        SocketModeClient client = opened.getClient();
        client.addWebSocketCloseListener((code, reason) -> linked = false);
        client.addWebSocketMessageListener(message -> {
            if (message.contains("\"type\":\"hello\"")) {
                linked = true;
            }
        });
        synchronized (lock) {
            if (!running) {
                close(opened);
                return new Unavailable("stopped");
            }
            socketModeApp = opened;
            // asked of the socket itself, after the listeners are in place: a close between startAsync() and
            // here is not overwritten; Slack's hello (or a reconnect's) sets it again
            linked = client.verifyConnection();
            failures.set(0);
            lastFailure = null;
        }
        log.info("Slack Socket Mode connected");
        return new Accepted();
    }

    private static String refusedMessage(Refused refused) {
        return "Slack refused SLACK_APP_TOKEN (apps.connections.open: " + refused.error() + "): set an app-level "
                + "token (xapp-...) with the connections:write scope, or unset SLACK_APP_TOKEN for HTTP mode";
    }

    private static void close(SocketModeApp socketModeApp) {
        if (socketModeApp == null) {
            return;
        }
        try {
            socketModeApp.close();
        } catch (Exception e) {
            log.warn("Slack Socket Mode did not close cleanly: {}", e.getClass().getSimpleName());
        }
    }

    private static void awaitTermination(ScheduledExecutorService pending) {
        try {
            if (!pending.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Slack Socket Mode: an attempt to connect did not end within 5 s of stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread retryThread(Runnable task) {
        Thread thread = new Thread(task, "slack-socket-mode-retry");
        thread.setDaemon(true);
        return thread;
    }
}
