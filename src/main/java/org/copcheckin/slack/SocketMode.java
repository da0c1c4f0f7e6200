package org.copcheckin.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode when {@code SLACK_APP_TOKEN} is set: the same Bolt app over a WebSocket that Slack opens
 * ({@code apps.connections.open} through {@code SLACK_API_URL}), started and stopped with the application and
 * reconnecting by itself.
 */
@SlackComponent
class SocketMode implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketMode.class);

    private final App app;
    private final SlackProperties properties;
    private volatile SocketModeApp socketModeApp;

    SocketMode(App app, SlackProperties properties) {
        this.app = app;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.socketMode()) {
            return;
        }
        try {
            SocketModeApp started = new SocketModeApp(properties.appToken(), app);
            started.startAsync();
            socketModeApp = started;
            log.info("Slack Socket Mode connected");
        } catch (Exception e) {
            throw new IllegalStateException("Slack Socket Mode could not start: " + e.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void stop() {
        SocketModeApp running = socketModeApp;
        socketModeApp = null;
        if (running != null) {
            try {
                running.close();
                log.info("Slack Socket Mode disconnected");
            } catch (Exception e) {
                log.warn("Slack Socket Mode did not close cleanly: {}", e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return socketModeApp != null;
    }
}
