package org.copcheckin.slack;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP while the Socket Mode connection is open; DOWN while the app is still trying to reach Slack, while Bolt
 * reconnects after a drop, or after Slack refused the token. The bean is named {@code slackSocketMode} and exists
 * only in Socket Mode.
 */
class SocketModeHealthIndicator implements HealthIndicator {

    private final SocketMode socketMode;

    SocketModeHealthIndicator(SocketMode socketMode) {
        this.socketMode = socketMode;
    }

    @Override
    public Health health() {
        if (socketMode.connected()) {
            return Health.up().withDetail("status", "connected").build();
        }
        if (socketMode.refusal() != null) {
            return Health.down().withDetail("status", "refused").withDetail("error", socketMode.refusal()).build();
        }
        if (!socketMode.isRunning()) {
            return Health.down().withDetail("status", "stopped").build();
        }
        Health.Builder down = Health.down().withDetail("status", "reconnecting");
        if (!socketMode.opened()) {
            down.withDetail("attempts", socketMode.failures());
            String lastFailure = socketMode.lastFailure();
            if (lastFailure != null) {
                down.withDetail("error", lastFailure);
            }
        }
        return down.build();
    }
}
