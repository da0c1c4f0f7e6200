package org.copcheckin.scheduling;

import java.time.Instant;
import java.time.ZoneId;

/** A community's schedule: what runs, when (as written and as cron), in which zone. */
public record Schedule(long id, long communityId, ScheduledAction action, String spec, String cron, ZoneId zone,
                       Instant createdAt) {
}
