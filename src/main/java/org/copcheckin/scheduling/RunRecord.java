package org.copcheckin.scheduling;

import java.time.Instant;

/** One run of a schedule; {@code detail} holds only our own words and ids, never user content. */
public record RunRecord(long scheduleId, Instant scheduledFor, Instant startedAt, RunOutcome outcome, String detail) {
}
