package org.copcheckin.scheduling;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** A schedule with its next run (in its zone), its last run, and its recent runs that did not go well. */
public record ScheduleStatus(Schedule schedule, Optional<ZonedDateTime> nextRun, Optional<RunRecord> lastRun,
                             List<RunRecord> recentProblems) {
}
