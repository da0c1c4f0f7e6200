package org.copcheckin.community;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long platform ids and removed tenants are kept; blank or missing values take the defaults.
 *
 * @param platformIds {@code COP_RETENTION_PLATFORM_IDS}: members' and facilitators' user ids, pairing history and
 *                    groups, and opted-out markers are deleted after this long without activity; default 365 days
 * @param tenantGrace {@code COP_RETENTION_TENANT_GRACE}: a Slack workspace that uninstalled the app, or a Discord server that
 *                    removed the bot, is purged this long after, unless it comes back; default 30 days
 */
@ConfigurationProperties(prefix = "cop.retention")
public record RetentionProperties(Duration platformIds, Duration tenantGrace) {

    public RetentionProperties {
        platformIds = platformIds == null ? Duration.ofDays(365) : platformIds;
        tenantGrace = tenantGrace == null ? Duration.ofDays(30) : tenantGrace;
        if (platformIds.isNegative() || platformIds.isZero() || tenantGrace.isNegative()) {
            throw new IllegalArgumentException("COP_RETENTION_PLATFORM_IDS must be positive and COP_RETENTION_TENANT_GRACE not negative");
        }
    }
}
