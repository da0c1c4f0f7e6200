package org.copcheckin.insights;

/**
 * Why published figures of a week differ from what an earlier digest may have shown. Says nothing about who or how
 * many: a digest turns it into one line.
 */
public enum TrendRevision {
    /** A member's {@code forget-me}, or a deleted reply, removed rows of a week before it was published. */
    REMOVED,
    /** The week was published again with a higher k: cells of fewer people are hidden now. */
    K_RAISED,
    /** The week was published again with a lower k: cells of fewer people may show now. */
    K_LOWERED
}
