package org.copcheckin.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.copcheckin.metrics.CopMetrics;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Connects to Discord when the application starts, on a thread of its own so Spring's start-up never waits
 * for the network, and shuts the client down cleanly when it stops. A login that fails for any reason but a
 * refused token (Discord or the network down, a 5xx) is tried again after 1 s, doubling up to a minute, each wait
 * up to a fifth shorter at random so that replicas do not retry in step; a refused token stops at once, naming
 * {@code DISCORD_TOKEN}. Attempts are counted in {@code cop_platform_connect_attempts_total}.
 */
class DiscordConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(1);

    private final Supplier<DiscordClient> connector;
    private final CopMetrics metrics;
    private final Duration firstRetry;
    private final AtomicReference<DiscordClient> client = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile String failure;
    private volatile boolean running;
    private Thread starter;

    /** @param connector logs in and starts the gateway (see {@link DiscordConnector#connect()}) */
    DiscordConnection(Supplier<DiscordClient> connector, CopMetrics metrics) {
        this(connector, metrics, FIRST_RETRY);
    }

    DiscordConnection(Supplier<DiscordClient> connector, CopMetrics metrics, Duration firstRetry) {
        this.connector = connector;
        this.metrics = metrics;
        this.firstRetry = firstRetry;
    }

    @Override
    public synchronized void start() {
        running = true;
        starter = new Thread(this::connect, "discord-connect");
        starter.setDaemon(true);
        starter.start();
    }

    private void connect() {
        for (int failures = 1; running; failures++) {
            try {
                client.set(connector.get());
                failure = null;
                metrics.platformConnectAttempt("discord", "connected");
                log.info("Discord login succeeded; the gateway is connecting");
                return;
            } catch (InvalidTokenException e) {
                failure = "Discord refused the token: check DISCORD_TOKEN";
                metrics.platformConnectAttempt("discord", "refused");
                log.error("Discord login failed: {}. Not trying again until the app is restarted", failure);
                return;
            } catch (RuntimeException e) {
                // JDA's messages name the problem (an unreachable host, a 5xx) and never carry the token
                failure = e.getClass().getSimpleName() + ": " + e.getMessage();
                metrics.platformConnectAttempt("discord", "unavailable");
                Duration wait = delay(failures, ThreadLocalRandom.current().nextDouble());
                log.warn("Discord login failed: {}. Trying again in {} ms", failure, wait.toMillis());
                if (!pause(wait)) {
                    return;
                }
            }
        }
    }

    /** The wait before attempt {@code failures + 1}: the first retry, doubled per failure up to a minute. */
    Duration delay(int failures, double random) {
        long millis = firstRetry.toMillis();
        for (int doubled = 1; doubled < failures && millis < LONGEST_RETRY.toMillis(); doubled++) {
            millis *= 2;
        }
        millis = Math.min(millis, Math.max(LONGEST_RETRY.toMillis(), firstRetry.toMillis()));
        return Duration.ofMillis(millis - (long) (millis * 0.2 * random));
    }

    /** @return false when the app stopped while waiting */
    private boolean pause(Duration wait) {
        try {
            return !stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        stopped.countDown();
        if (starter != null) {
            try {
                starter.join(SHUTDOWN_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        DiscordClient current = client.getAndSet(null);
        if (current != null) {
            current.shutdown(SHUTDOWN_GRACE);
            log.info("Discord client shut down");
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The client once logged in. */
    DiscordClient client() {
        DiscordClient current = client.get();
        if (current == null) {
            throw new PlatformException("Discord is not connected" + (failure == null ? " yet" : ""));
        }
        return current;
    }

    List<JDA> shards() {
        return Optional.ofNullable(client.get()).map(DiscordClient::shards).orElse(List.of());
    }

    Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
