package org.copcheckin.scheduling;

/** How a scheduled run ended. */
public enum RunOutcome {
    /** Claimed and under way (or interrupted by a crash and awaiting recovery). */
    RUNNING,
    DONE,
    /** Not run: missed for longer than its grace period, or nothing to do. */
    SKIPPED,
    FAILED
}
