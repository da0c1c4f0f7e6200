package org.copcheckin.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Date;
import java.util.Optional;

import org.quartz.CronExpression;

/**
 * Quartz's cron trigger silently skips a run whose local time does not exist because the clocks jumped
 * forward (02:30 on a spring-forward night). This finds such runs so they can be filled in at the shifted
 * time, as {@code java.time} resolves it (02:30 becomes 03:30). Falling back needs nothing: Quartz fires a
 * repeated local time once.
 */
final class DstGaps {

    private static final int TRANSITIONS_AHEAD = 6;

    private DstGaps() {
    }

    /** The first run after {@code after} that Quartz would skip in a DST gap, at its shifted instant. */
    static Optional<Instant> nextSkippedRun(String cron, ZoneId zone, Instant after) {
        ZoneRules rules = zone.getRules();
        Instant cursor = after;
        for (int i = 0; i < TRANSITIONS_AHEAD; i++) {
            ZoneOffsetTransition transition = rules.nextTransition(cursor);
            if (transition == null) {
                return Optional.empty();
            }
            cursor = transition.getInstant();
            if (transition.isGap()) {
                Optional<Instant> run = runInGap(cron, transition);
                if (run.isPresent() && run.get().isAfter(after)) {
                    return run;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> runInGap(String cron, ZoneOffsetTransition gap) {
        // evaluate the cron on the wall clock as it would run without the jump: the offset before the gap
        ZoneOffset before = gap.getOffsetBefore();
        CronExpression expression = MissedRuns.expression(cron, before);
        Instant gapStart = gap.getDateTimeBefore().toInstant(before);
        Instant gapEnd = gap.getDateTimeAfter().toInstant(before);
        Date run = expression.getTimeAfter(Date.from(gapStart.minusMillis(1)));
        if (run != null && run.toInstant().isBefore(gapEnd)) {
            return Optional.of(run.toInstant());
        }
        return Optional.empty();
    }

}
