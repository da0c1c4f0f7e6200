package org.copcheckin.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The least care keeps: a keyed hash of (check-in, member) with the day a nudge was sent, so nobody is nudged twice
 * for one check-in (deleted after {@value #KEEP_NUDGES_DAYS} days), and the number of safeguarding alerts sent per
 * community and ISO week.
 */
@Component
class CareRecords {

    static final int KEEP_NUDGES_DAYS = 30;

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    CareRecords(JdbcClient jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** @return true the first time for this member and check-in, false ever after */
    boolean firstNudge(long checkInId, MemberRef member) {
        String key = pseudonyms.of("care-nudge", Long.toString(checkInId), member.platform().name(),
                member.workspaceId(), member.userId());
        try {
            return jdbc.sql("INSERT INTO care_nudge_sent (nudge_key, sent_on) SELECT ?, ? WHERE NOT EXISTS "
                            + "(SELECT 1 FROM care_nudge_sent WHERE nudge_key = ?)")
                    .params(key, java.sql.Date.valueOf(today()), key).update() > 0;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void alertSent(long communityId) {
        java.sql.Date week = java.sql.Date.valueOf(today().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
        int updated = jdbc.sql("UPDATE care_alert_week SET alerts = alerts + 1 WHERE community_id = ? AND week_start = ?")
                .params(communityId, week).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO care_alert_week (community_id, week_start, alerts) VALUES (?, ?, 1)")
                        .params(communityId, week).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE care_alert_week SET alerts = alerts + 1 WHERE community_id = ? AND week_start = ?")
                        .params(communityId, week).update();
            }
        }
    }

    int alertsInWeekOf(long communityId, LocalDate day) {
        java.sql.Date week = java.sql.Date.valueOf(day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
        return jdbc.sql("SELECT COALESCE(SUM(alerts), 0) FROM care_alert_week WHERE community_id = ? AND week_start = ?")
                .params(communityId, week).query(Integer.class).single();
    }

    @Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    int forgetOldNudges() {
        return jdbc.sql("DELETE FROM care_nudge_sent WHERE sent_on < ?")
                .param(java.sql.Date.valueOf(today().minusDays(KEEP_NUDGES_DAYS))).update();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
