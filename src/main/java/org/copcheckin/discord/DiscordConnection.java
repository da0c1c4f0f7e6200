package org.copcheckin.discord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import net.dv8tion.jda.api.JDA;
import org.copcheckin.platform.PlatformException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Connects to Discord when the application starts, on a thread of its own so Spring's start-up never waits
 * for the network, and shuts the client down cleanly when it stops.
 */
class DiscordConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DiscordConnection.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final Supplier<DiscordClient> connector;
    private final AtomicReference<DiscordClient> client = new AtomicReference<>();
    private volatile String failure;
    private volatile boolean running;
    private Thread starter;

    /** @param connector logs in and starts the gateway (see {@link DiscordConnector#connect()}) */
    DiscordConnection(Supplier<DiscordClient> connector) {
        this.connector = connector;
    }

    @Override
    public synchronized void start() {
        running = true;
        starter = new Thread(this::connect, "discord-connect");
        starter.setDaemon(true);
        starter.start();
    }

    private void connect() {
        try {
            client.set(connector.get());
            log.info("Discord login succeeded; the gateway is connecting");
        } catch (RuntimeException e) {
            // JDA's messages name the problem (invalid token, unreachable host) and never carry the token
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Discord login failed: {}", failure);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
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
