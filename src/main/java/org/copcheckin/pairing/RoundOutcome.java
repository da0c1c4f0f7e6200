package org.copcheckin.pairing;

/** How a pairing round ended. */
public enum RoundOutcome {
    /** Under way, or interrupted; running it again finishes it without introducing anyone twice. */
    RUNNING,
    /** Every group was introduced. */
    DONE,
    /** Some groups were introduced, others failed (a member unreachable, rate limits). */
    PARTIAL,
    /** No group could be introduced, or the channel's members could not be listed. */
    FAILED,
    /** Not run: fewer than two members to pair. */
    SKIPPED
}
