package org.copcheckin.discord;

import java.util.List;

import net.dv8tion.jda.api.JDA;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** UP when every shard of this replica is connected to the gateway; the bean is named {@code discord}. */
class DiscordHealthIndicator implements HealthIndicator {

    private final DiscordConnection connection;

    DiscordHealthIndicator(DiscordConnection connection) {
        this.connection = connection;
    }

    @Override
    public Health health() {
        List<JDA> shards = connection.shards();
        if (shards.isEmpty()) {
            Health.Builder down = Health.down();
            connection.failure().ifPresent(reason -> down.withDetail("error", reason));
            return down.withDetail("status", "not logged in").build();
        }
        long connected = shards.stream().filter(shard -> shard.getStatus() == JDA.Status.CONNECTED).count();
        Health.Builder health = connected == shards.size() ? Health.up() : Health.down();
        health.withDetail("shards", shards.size()).withDetail("connected", connected);
        if (shards.size() == 1) {
            health.withDetail("status", shards.get(0).getStatus().name());
        }
        return health.build();
    }
}
