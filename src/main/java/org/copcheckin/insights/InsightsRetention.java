package org.copcheckin.insights;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rule, daily: each finished week is rolled up into k-anonymous weekly counts (and yesterday into
 * daily counts), then pseudonymous rows and daily counts older than 90 days and weekly aggregates older than
 * 24 months (both configurable) are deleted. Safe to run on
 * every replica at once: roll-ups are keyed by week and deletions are idempotent.
 */
@Component
class InsightsRetention {

    private static final Logger log = LoggerFactory.getLogger(InsightsRetention.class);

    private final JdbcClient jdbc;
    private final Communities communities;
    private final WeeklyTotals totals;
    private final DailyCounts daily;
    private final InsightsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InsightsRetention(JdbcClient jdbc, Communities communities, WeeklyTotals totals, DailyCounts daily,
                      InsightsProperties properties, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.totals = totals;
        this.daily = daily;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    void daily() {
        apply();
    }

    /** @return pseudonymous rows and aggregates deleted */
    int apply() {
        Instant now = clock.instant();
        int weeks = 0;
        for (Community community : communities.all()) {
            LocalDate today = LocalDate.ofInstant(now, community.zone());
            weeks += rollUp(community, today);
            // yesterday's counts ready for the morning's digests
            daily.ensure(community, today.minusDays(1), today.minusDays(1));
        }
        Timestamp rowsBefore = Timestamp.from(now.minus(properties.pseudonymousRetention()));
        LocalDate aggregatesBefore = LocalDate.ofInstant(now.minus(properties.aggregateRetention()), ZoneOffset.UTC);
        int deleted = jdbc.sql("DELETE FROM insight_entry WHERE recorded_at < ?").param(rowsBefore).update()
                + jdbc.sql("DELETE FROM insight_participation WHERE recorded_at < ?").param(rowsBefore).update()
                + jdbc.sql("DELETE FROM insight_aggregate WHERE week_start < ?").param(aggregatesBefore).update()
                + daily.deleteBefore(LocalDate.ofInstant(now.minus(properties.pseudonymousRetention()), ZoneOffset.UTC));
        log.info("Insights retention: rolled up {} weeks, deleted {} expired rows", weeks, deleted);
        return deleted;
    }

    private int rollUp(Community community, LocalDate today) {
        LocalDate thisWeek = WeeklyTotals.weekOf(today);
        List<LocalDate> pending = jdbc.sql("SELECT DISTINCT period_day FROM insight_participation WHERE community_id = ? "
                        + "AND period_day < ?").params(community.id(), thisWeek)
                .query((rs, row) -> WeeklyTotals.weekOf(rs.getObject("period_day", LocalDate.class))).list()
                .stream().distinct().filter(week -> !rolledUp(community, week)).sorted().toList();
        int k = KAnonymity.threshold(community.kAnonymity());
        for (LocalDate week : pending) {
            WeeklyTotals.Week totalsOfWeek = totals.raw(community, week, week.plusDays(6)).get(week);
            if (totalsOfWeek != null) {
                try {
                    transaction.executeWithoutResult(status -> store(community, totalsOfWeek, k));
                } catch (DuplicateKeyException rolledUpElsewhere) {
                    // another replica rolled up this week first
                }
            }
        }
        return pending.size();
    }

    private boolean rolledUp(Community community, LocalDate week) {
        return jdbc.sql("SELECT COUNT(*) FROM insight_aggregate WHERE community_id = ? AND week_start = ? AND kind = 'PARTICIPANTS'")
                .params(community.id(), week).query(Integer.class).single() > 0;
    }

    private void store(Community community, WeeklyTotals.Week week, int k) {
        insert(community, week.start(), "CHECKINS", "", week.checkIns());
        insert(community, week.start(), "REPLIES", "", week.replies());
        insert(community, week.start(), "PARTICIPANTS", "", week.participants());
        fold(community, week.start(), "THEME", week.themes(), k);
        fold(community, week.start(), "WORD", week.words(), k);
    }

    private void fold(Community community, LocalDate week, String kind, Map<String, Integer> counts, int k) {
        KAnonymity.Folded folded = KAnonymity.fold(counts, k);
        folded.shown().forEach((term, n) -> insert(community, week, kind, term, n));
        if (folded.other() > 0) {
            insert(community, week, kind, WeeklyTotals.OTHER, folded.other());
        }
    }

    private void insert(Community community, LocalDate week, String kind, String term, int participants) {
        jdbc.sql("INSERT INTO insight_aggregate (community_id, week_start, kind, term, participants) VALUES (?, ?, ?, ?, ?)")
                .params(community.id(), week, kind, term, participants).update();
    }
}
