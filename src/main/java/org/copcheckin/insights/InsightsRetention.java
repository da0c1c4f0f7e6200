package org.copcheckin.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.copcheckin.checkins.CheckIns;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retention rule, daily: every finished week is published (its cells of at least k people kept), then the
 * pseudonymous rows of weeks older than 90 days, the reply receipts and custom prompt texts of that age, and the
 * published cells older than 24 months (both configurable) are deleted. Safe to run on every replica at once:
 * publishing is keyed by week and deletions are idempotent.
 */
@Component
class InsightsRetention {

    private static final Logger log = LoggerFactory.getLogger(InsightsRetention.class);

    private final Communities communities;
    private final TrendStore rows;
    private final PublishedCells cells;
    private final PublishedTrends trends;
    private final CheckIns checkIns;
    private final InsightsProperties properties;
    private final Clock clock;
    private final TrendRevisions revisions;

    InsightsRetention(Communities communities, TrendStore rows, PublishedCells cells, PublishedTrends trends,
                      CheckIns checkIns, InsightsProperties properties, Clock clock, TrendRevisions revisions) {
        this.revisions = revisions;
        this.communities = communities;
        this.rows = rows;
        this.cells = cells;
        this.trends = trends;
        this.checkIns = checkIns;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    void daily() {
        apply();
    }

    /** @return pseudonymous rows, receipts and published cells deleted */
    int apply() {
        Instant now = clock.instant();
        for (Community community : communities.all()) {
            LocalDate lastFinished = Weeks.startOf(LocalDate.ofInstant(now, community.zone())).minusWeeks(1);
            List<LocalDate> weeks = rows.weeksWithRows(community.id());
            if (!weeks.isEmpty() && !weeks.get(0).isAfter(lastFinished)) {
                // published ahead of the morning's digests, and before any of their rows expire
                trends.publishFinished(community, weeks.get(0), lastFinished, KAnonymity.threshold(community.kAnonymity()));
            }
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate expired = today.minusDays(properties.pseudonymousRetention().toDays());
        LocalDate rowsFrom = Weeks.startOf(expired);
        Map<Long, List<LocalDate>> expiring = rows.weeksBefore(rowsFrom);
        expiring.forEach((communityId, weeks) -> communities.find(communityId).ifPresent(community -> trends
                .publishFinished(community, weeks.get(0), weeks.get(weeks.size() - 1),
                        KAnonymity.threshold(community.kAnonymity()))));
        int deleted = rows.deleteWeeksBefore(rowsFrom)
                + checkIns.forgetReceiptsBefore(expired)
                + checkIns.forgetCustomTextsBefore(now.minus(properties.pseudonymousRetention()))
                + cells.deleteBefore(Weeks.startOf(today.minusDays(properties.aggregateRetention().toDays())))
                + revisions.deleteBefore(Weeks.startOf(today.minusDays(properties.aggregateRetention().toDays())));
        log.info("Insights retention: deleted {} expired rows", deleted);
        return deleted;
    }
}
