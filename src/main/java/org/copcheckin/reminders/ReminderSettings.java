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

    ReminderSettings(JdbcClient jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
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

    public boolean memberWantsReminders(MemberRef member) {
        return jdbc.sql("SELECT COUNT(*) FROM reminder_off WHERE member_key = ?").param(offKey(member))
                .query(Integer.class).single() == 0;
    }

    /** @return false when the member's choice was already that */
    public boolean setMemberReminders(MemberRef member, boolean on) {
        String key = offKey(member);
        if (on) {
            return jdbc.sql("DELETE FROM reminder_off WHERE member_key = ?").param(key).update() > 0;
        }
        if (!memberWantsReminders(member)) {
            return false;
        }
        try {
            return jdbc.sql("INSERT INTO reminder_off (member_key) VALUES (?)").param(key).update() > 0;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** The zone the member set with {@code /cop profile zone}, if any. */
    public Optional<ZoneId> memberZone(MemberRef member) {
        return jdbc.sql("SELECT zone FROM member_zone WHERE member_key = ?").param(zoneKey(member))
                .query(String.class).optional().map(ZoneId::of);
    }

    /** Sets the member's zone, or clears it with an empty one; @return false when nothing changed. */
    public boolean setMemberZone(MemberRef member, Optional<ZoneId> zone) {
        String key = zoneKey(member);
        if (zone.isEmpty()) {
            return jdbc.sql("DELETE FROM member_zone WHERE member_key = ?").param(key).update() > 0;
        }
        if (zone.equals(memberZone(member))) {
            return false;
        }
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
