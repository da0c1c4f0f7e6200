package org.copcheckin.reminders;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who wants reminders: a community's reminder (off until a facilitator sets its delay), and each member's own
 * choices, known only by a keyed hash of their platform account (as the nudge preference): reminders off, and
 * their own time zone for quiet hours.
 */
@Service
public class ReminderSettings {

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;
    private final java.time.Clock clock;
    private final org.copcheckin.community.RetentionProperties retention;

    ReminderSettings(JdbcClient jdbc, Pseudonyms pseudonyms, java.time.Clock clock,
                     org.copcheckin.community.RetentionProperties retention) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
        this.retention = retention;
    }

    private java.sql.Date today() {
        return java.sql.Date.valueOf(java.time.LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    /** The choice under this key was set or used today. */
    private void seen(String key) {
        java.sql.Date today = today();
        if (jdbc.sql("UPDATE member_choice_seen SET seen_on = ? WHERE member_key = ? AND seen_on < ?")
                .params(today, key, today).update() == 0) {
            try {
                jdbc.sql("INSERT INTO member_choice_seen (member_key, seen_on) SELECT ?, ? WHERE NOT EXISTS "
                        + "(SELECT 1 FROM member_choice_seen WHERE member_key = ?)").params(key, today, key).update();
            } catch (DuplicateKeyException anotherReplica) {
                // seen today already
            }
        }
    }

    private void unseen(String key) {
        jdbc.sql("DELETE FROM member_choice_seen WHERE member_key = ?").param(key).update();
    }

    /**
     * A member's choices unused for the platform-id retention expire, as the pairing opt-out markers do: a marker
     * that kept nobody from a reminder for that long belongs to someone who no longer takes part anywhere here.
     * Choices from before this rule count as seen the first time this runs.
     */
    @org.springframework.scheduling.annotation.Scheduled(cron = "${cop.insights.retention-cron:0 30 3 * * *}")
    int expireUnused() {
        java.sql.Date today = today();
        for (String table : List.of("reminder_off", "member_zone")) {
            jdbc.sql("INSERT INTO member_choice_seen (member_key, seen_on) SELECT c.member_key, ? FROM " + table
                    + " c WHERE NOT EXISTS (SELECT 1 FROM member_choice_seen s WHERE s.member_key = c.member_key)")
                    .param(today).update();
        }
        java.sql.Date before = java.sql.Date.valueOf(today.toLocalDate().minusDays(retention.platformIds().toDays()));
        int expired = 0;
        for (String table : List.of("reminder_off", "member_zone")) {
            expired += jdbc.sql("DELETE FROM " + table + " WHERE member_key IN (SELECT member_key FROM "
                    + "member_choice_seen WHERE seen_on < ?)").param(before).update();
        }
        jdbc.sql("DELETE FROM member_choice_seen WHERE seen_on < ?").param(before).update();
        return expired;
    }

    public Optional<ReminderSetting> of(long communityId) {
        return jdbc.sql("SELECT delay_minutes, quiet_start, quiet_end FROM reminder_setting WHERE community_id = ?")
                .param(communityId)
                .query((rs, row) -> new ReminderSetting(Duration.ofMinutes(rs.getInt("delay_minutes")),
                        new QuietHours(LocalTime.parse(rs.getString("quiet_start")),
                                LocalTime.parse(rs.getString("quiet_end")))))
                .optional();
    }

    /** Communities whose reminders are on. */
    List<Long> communitiesWithReminders() {
        return jdbc.sql("SELECT community_id FROM reminder_setting ORDER BY community_id").query(Long.class).list();
    }

    public void turnOn(long communityId, ReminderSetting setting) {
        Object[] values = {(int) setting.delay().toMinutes(), setting.quiet().start().toString(),
                setting.quiet().end().toString(), communityId};
        int updated = jdbc.sql("UPDATE reminder_setting SET delay_minutes = ?, quiet_start = ?, quiet_end = ? "
                + "WHERE community_id = ?").params(values).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO reminder_setting (delay_minutes, quiet_start, quiet_end, community_id) "
                        + "VALUES (?, ?, ?, ?)").params(values).update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE reminder_setting SET delay_minutes = ?, quiet_start = ?, quiet_end = ? "
                        + "WHERE community_id = ?").params(values).update();
            }
        }
    }

    /** @return false when they were off already */
    public boolean turnOff(long communityId) {
        return jdbc.sql("DELETE FROM reminder_setting WHERE community_id = ?").param(communityId).update() > 0;
    }

    /** Whether the member wants reminders; a "reminders off" marker that answers counts as used today. */
    public boolean memberWantsReminders(MemberRef member) {
        String key = offKey(member);
        boolean off = jdbc.sql("SELECT COUNT(*) FROM reminder_off WHERE member_key = ?").param(key)
                .query(Integer.class).single() > 0;
        if (off) {
            seen(key);
        }
        return !off;
    }

    /** @return false when the member's choice was already that */
    public boolean setMemberReminders(MemberRef member, boolean on) {
        String key = offKey(member);
        if (on) {
            unseen(key);
            return jdbc.sql("DELETE FROM reminder_off WHERE member_key = ?").param(key).update() > 0;
        }
        if (!memberWantsReminders(member)) {
            return false;
        }
        try {
            seen(key);
            return jdbc.sql("INSERT INTO reminder_off (member_key) VALUES (?)").param(key).update() > 0;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The zone the member set with {@code /cop profile zone}, if any. */
    public Optional<ZoneId> memberZone(MemberRef member) {
        String key = zoneKey(member);
        Optional<ZoneId> zone = jdbc.sql("SELECT zone FROM member_zone WHERE member_key = ?").param(key)
                .query(String.class).optional().map(ZoneId::of);
        zone.ifPresent(found -> seen(key));
        return zone;
    }

    /** Sets the member's zone, or clears it with an empty one; @return false when nothing changed. */
    public boolean setMemberZone(MemberRef member, Optional<ZoneId> zone) {
        String key = zoneKey(member);
        if (zone.isEmpty()) {
            unseen(key);
            return jdbc.sql("DELETE FROM member_zone WHERE member_key = ?").param(key).update() > 0;
        }
        if (zone.equals(memberZone(member))) {
            return false;
        }
        seen(key);
        int updated = jdbc.sql("UPDATE member_zone SET zone = ? WHERE member_key = ?").params(zone.get().getId(), key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO member_zone (member_key, zone) VALUES (?, ?)").params(key, zone.get().getId())
                        .update();
            } catch (DuplicateKeyException e) {
                jdbc.sql("UPDATE member_zone SET zone = ? WHERE member_key = ?").params(zone.get().getId(), key)
                        .update();
            }
        }
        return true;
    }

    /** The same person in every workspace or server of one platform, as for {@code forget-me}. */
    private String offKey(MemberRef member) {
        return pseudonyms.of("reminders-off", member.platform().name(), member.userId());
    }

    private String zoneKey(MemberRef member) {
        return pseudonyms.of("member-zone", member.platform().name(), member.userId());
    }
}
