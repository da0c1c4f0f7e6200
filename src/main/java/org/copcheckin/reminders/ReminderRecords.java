package org.copcheckin.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The claims that make a reminder go once: a keyed hash of (check-in, member), inserted before the message is
 * sent, so another replica, a replayed firing or a restart finds it and sends nothing; and one claim per check-in
 * once everybody has been dealt with, so later sweeps do not list the channel again. Deleted after
 * {@value #KEEP_DAYS} days, when no reminder can be due any more.
 */
@Component
class ReminderRecords {

    static final int KEEP_DAYS = 7;

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    ReminderRecords(JdbcClient jdbc, Pseudonyms pseudonyms, Clock clock) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** @return true for the one caller that may send this member's reminder for the check-in */
    boolean claim(long checkInId, MemberRef member, Instant now) {
        return insert(claimKey(checkInId, member), checkInId, now);
    }

    private String claimKey(long checkInId, MemberRef member) {
        return pseudonyms.of("reminder-sent", Long.toString(checkInId), member.platform().name(), member.userId());
    }

    /** forget-me: the member's claims, in every check-in of the member's platform that still has some. */
    int erase(MemberRef member) {
        java.util.List<Long> checkIns = jdbc.sql("SELECT DISTINCT s.checkin_id FROM reminder_sent s JOIN checkin c ON "
                        + "c.id = s.checkin_id JOIN community m ON m.id = c.community_id WHERE m.platform = ?")
                .param(member.platform().name()).query(Long.class).list();
        int erased = 0;
        for (long checkInId : checkIns) {
            erased += jdbc.sql("DELETE FROM reminder_sent WHERE reminder_key = ?").param(claimKey(checkInId, member))
                    .update();
        }
        return erased;
    }

    boolean isDone(long checkInId) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE reminder_key = ?").param(doneKey(checkInId))
                .query(Integer.class).single() > 0;
    }

    void done(long checkInId, Instant now) {
        insert(doneKey(checkInId), checkInId, now);
    }

    int sentFor(long checkInId) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE checkin_id = ? AND reminder_key <> ?")
                .params(checkInId, doneKey(checkInId)).query(Integer.class).single();
    }

    /** Adds to the check-in's counts of reminders delivered, refused by the platform and failed otherwise. */
    void count(long checkInId, int delivered, int refused, int failed, Instant now) {
        if (delivered + refused + failed == 0) {
            return;
        }
        java.sql.Date day = java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC));
        int updated = jdbc.sql("UPDATE reminder_outcome SET delivered = delivered + ?, refused = refused + ?, "
                        + "failed = failed + ?, counted_on = ? WHERE checkin_id = ?")
                .params(delivered, refused, failed, day, checkInId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO reminder_outcome (checkin_id, delivered, refused, failed, counted_on) "
                        + "VALUES (?, ?, ?, ?, ?)").params(checkInId, delivered, refused, failed, day).update();
            } catch (DuplicateKeyException anotherReplica) {
                count(checkInId, delivered, refused, failed, now);
            }
        }
    }

    java.util.Optional<ReminderOutcome> outcome(long checkInId) {
        return jdbc.sql("SELECT delivered, refused, failed FROM reminder_outcome WHERE checkin_id = ?")
                .param(checkInId).query((rs, row) -> new ReminderOutcome(rs.getInt("delivered"), rs.getInt("refused"),
                        rs.getInt("failed"))).optional();
    }

    private boolean insert(String key, long checkInId, Instant now) {
        try {
            return jdbc.sql("INSERT INTO reminder_sent (reminder_key, checkin_id, sent_on) SELECT ?, ?, ? WHERE NOT "
                            + "EXISTS (SELECT 1 FROM reminder_sent WHERE reminder_key = ?)")
                    .params(key, checkInId, java.sql.Date.valueOf(LocalDate.ofInstant(now, ZoneOffset.UTC)), key)
                    .update() > 0;
        } catch (DuplicateKeyException anotherReplica) {
            return false;
        }
    }

    private String doneKey(long checkInId) {
        return pseudonyms.of("reminders-done", Long.toString(checkInId));
    }

    @Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    int forgetOld() {
        java.sql.Date before = java.sql.Date.valueOf(LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(KEEP_DAYS));
        return jdbc.sql("DELETE FROM reminder_sent WHERE sent_on < ?").param(before).update()
                + jdbc.sql("DELETE FROM reminder_outcome WHERE counted_on < ?").param(before).update();
    }
}
