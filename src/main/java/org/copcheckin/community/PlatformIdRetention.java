package org.copcheckin.community;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.TenantRemoved;
import org.copcheckin.platform.TenantReturned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform ids do not outlive their use. Daily: members and facilitators with no activity for
 * {@code COP_RETENTION_PLATFORM_IDS} are deleted (an opted-out member leaves only an {@link OptedOutMarkers
 * opted-out marker}), every module's other ids expire ({@link PlatformIdExpiry}), and a tenant that removed the bot
 * more than {@code COP_RETENTION_TENANT_GRACE} ago is purged with all its communities. Safe on every replica at once.
 */
@Component
class PlatformIdRetention {

    private static final Logger log = LoggerFactory.getLogger(PlatformIdRetention.class);

    private final JdbcClient jdbc;
    private final Communities communities;
    private final List<PlatformIdExpiry> expiries;
    private final RetentionProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PlatformIdRetention(JdbcClient jdbc, Communities communities, List<PlatformIdExpiry> expiries,
                        RetentionProperties properties, ApplicationEventPublisher events, TransactionTemplate transaction,
                        Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.expiries = expiries;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    void daily() {
        apply();
    }

    /** @return ids deleted and communities purged */
    int apply() {
        Instant inactiveSince = clock.instant().minus(properties.platformIds());
        int deleted = 0;
        for (PlatformIdExpiry expiry : expiries) {
            deleted += expiry.expire(inactiveSince);
        }
        int purged = purgeRemovedTenants();
        log.info("Platform-id retention: {} ids deleted, {} communities of removed tenants purged", deleted, purged);
        return deleted + purged;
    }

    private int purgeRemovedTenants() {
        LocalDate before = LocalDate.ofInstant(clock.instant().minus(properties.tenantGrace()), ZoneOffset.UTC);
        List<Object[]> tenants = jdbc.sql("SELECT platform, workspace_id FROM tenant_removal WHERE removed_on <= ?")
                .param(Date.valueOf(before)).query((rs, row) -> new Object[] {rs.getString(1), rs.getString(2)}).list();
        int purged = 0;
        for (Object[] tenant : tenants) {
            PlatformKind platform = PlatformKind.valueOf((String) tenant[0]);
            String workspace = (String) tenant[1];
            for (Community community : communities.all()) {
                if (community.channel().platform() == platform && community.channel().workspaceId().equals(workspace)) {
                    transaction.executeWithoutResult(status -> {
                        events.publishEvent(new CommunityPurged(community));
                        jdbc.sql("DELETE FROM community WHERE id = ?").param(community.id()).update();
                    });
                    log.info("Purged community {}: its tenant removed the bot more than {} days ago", community.id(),
                            properties.tenantGrace().toDays());
                    purged++;
                }
            }
            jdbc.sql("DELETE FROM tenant_removal WHERE platform = ? AND workspace_id = ?").params(tenant).update();
        }
        return purged;
    }

    @EventListener
    void on(TenantRemoved removed) {
        jdbc.sql("INSERT INTO tenant_removal (platform, workspace_id, removed_on) SELECT ?, ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM tenant_removal WHERE platform = ? AND workspace_id = ?)")
                .params(removed.platform().name(), removed.workspaceId(),
                        Date.valueOf(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), removed.platform().name(),
                        removed.workspaceId()).update();
        log.info("A {} tenant removed the bot: its data is purged in {} days unless it comes back",
                removed.platform(), properties.tenantGrace().toDays());
    }

    @EventListener
    void on(TenantReturned returned) {
        jdbc.sql("DELETE FROM tenant_removal WHERE platform = ? AND workspace_id = ?")
                .params(returned.platform().name(), returned.workspaceId()).update();
    }
}
