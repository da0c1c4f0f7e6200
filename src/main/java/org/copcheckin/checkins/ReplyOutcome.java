package org.copcheckin.checkins;

/** What the intake did with a reply. */
public enum ReplyOutcome {
    /** A new reply to a check-in: counted and analysed. */
    RECORDED,
    /** The same delivery again (a retry or replay): acknowledged, not counted again. */
    DUPLICATE,
    /** Not in the thread of a check-in: ignored. */
    NOT_A_CHECK_IN
}
