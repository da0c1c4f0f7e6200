package org.copcheckin.community;

/** A member's choice about pairing rounds. */
public enum PairingPreference {
    /** Paired in rounds (the default in an opt-out community). */
    ACTIVE,
    /** Left pairing until they opt in again. */
    OPTED_OUT,
    /** Not paired until {@link MemberProfile#pausedUntil()}, then active again by itself. */
    PAUSED,
    /** In an opt-in community: has not joined yet. */
    NOT_JOINED
}
