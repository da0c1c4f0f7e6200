package org.copcheckin.reminders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.copcheckin.checkins.Participation;
import org.copcheckin.community.MemberErasure;
import org.copcheckin.platform.MemberRef;
import org.springframework.stereotype.Component;

/**
 * {@code forget-me}: the member's own time zone and participation are erased. A member who turned reminders off
 * stays opted out: that marker is a keyed hash of the platform account alone (no id, nothing else), the same kind
 * of minimal trace as the pairing opt-out marker, and erasing it would start reminding someone who asked not to be;
 * {@code /cop reminders on} removes it. The claims of reminders already sent (keyed hashes of check-in and member)
 * go too: a check-in still in its reminder window may then remind the member once more, which is the lesser cost.
 */
@Component
class RemindersMemberErasure implements MemberErasure {

    private final ReminderSettings settings;
    private final Participation participation;
    private final ReminderRecords records;

    RemindersMemberErasure(ReminderSettings settings, Participation participation, ReminderRecords records) {
        this.settings = settings;
        this.participation = participation;
        this.records = records;
    }

    @Override
    public List<Erased> erase(MemberRef member) {
        List<Erased> erased = new ArrayList<>();
        if (settings.setMemberZone(member, Optional.empty())) {
            erased.add(new Erased(Kind.TIME_ZONE, 1, 1));
        }
        int rows = participation.erase(member);
        if (rows > 0) {
            erased.add(new Erased(Kind.REMINDER_PARTICIPATION, rows, 1));
        }
        int claims = records.erase(member);
        if (claims > 0) {
            erased.add(new Erased(Kind.REMINDERS_SENT, claims, 1));
        }
        return erased;
    }
}
