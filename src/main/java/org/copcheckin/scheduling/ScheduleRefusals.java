package org.copcheckin.scheduling;

import java.time.ZoneId;

/** What a facilitator is told when a schedule cannot be added: the words, kept apart from the rules. */
final class ScheduleRefusals {

    private ScheduleRefusals() {
    }

    static InvalidScheduleException duplicate(Schedule same, ScheduleSpec spec, ZoneId zone) {
        return new InvalidScheduleException("This channel already has that schedule: #" + same.id()
                + " (" + same.action().word() + ", " + spec.describe() + ", " + zone.getId() + "). Nothing changed.");
    }

    static InvalidScheduleException tooMany(int max) {
        return new InvalidScheduleException("This channel has " + max + " schedules already; remove one first.");
    }
}
