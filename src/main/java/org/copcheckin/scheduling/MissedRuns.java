package org.copcheckin.scheduling;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * Which cron time a firing stands for, and whether it is still worth running. Quartz fires a misfired cron
 * trigger once, "now"; this finds the latest scheduled time it replaces so the grace period can be applied.
 */
final class MissedRuns {

    private static final int MAX_STEPS = 200_000;

    private MissedRuns() {
    }

    /** The latest time the cron expression names after {@code since} and no later than {@code firedAt}. */
    static Slot slotFor(String cron, ZoneId zone, Instant since, Instant firedAt) {
        CronExpression expression = expression(cron, zone);
        Date cursor = Date.from(since);
        Instant latest = null;
        int missed = 0;
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            Date next = expression.getTimeAfter(cursor);
            if (next == null || next.toInstant().isAfter(firedAt)) {
                break;
            }
            if (latest != null) {
                missed++;
            }
            latest = next.toInstant();
            cursor = next;
        }
        return new Slot(latest == null ? firedAt : latest, missed);
    }

    /** Late beyond its grace: a run missed while the app was down that should be recorded as skipped. */
    static boolean tooLate(Slot slot, Instant firedAt, Duration grace) {
        return Duration.between(slot.scheduledFor(), firedAt).compareTo(grace) > 0;
    }

    static CronExpression expression(String cron, ZoneId zone) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            return expression;
        } catch (ParseException e) {
            throw new IllegalStateException("Stored cron expression is invalid: " + cron, e);
        }
    }

    /** @param earlierMissed how many earlier cron times were passed over as well */
    record Slot(Instant scheduledFor, int earlierMissed) {
    }
}
