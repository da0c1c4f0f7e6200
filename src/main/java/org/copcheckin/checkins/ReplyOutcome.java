package org.copcheckin.checkins;

/** What the intake did with a reply. */
public enum ReplyOutcome {
    /** A new reply to a check-in: counted and analysed. */
    RECORDED,
    /**
     * A member's one-click answer in place of their answer already recorded for the check-in (another feeling, or
     * the same one pressed again): counted instead of it, so the member still counts once.
     */
    REPLACED,
    /**
     * A member's one-click answer that a later one of theirs, committed in the same group, took the place of before
     * it was written: not counted, the later one stands.
     */
    OVERTAKEN,
    /** The same delivery again (a retry or replay): acknowledged, not counted again. */
    DUPLICATE,
    /** Not in the thread of a check-in: ignored. */
    NOT_A_CHECK_IN
}
