package org.copcheckin.pairing;

import java.util.OptionalLong;

/** What started a round: a facilitator's {@code pair}, or a schedule. */
public record RoundTrigger(Kind kind, OptionalLong scheduleId) {

    public static RoundTrigger manual() {
        return new RoundTrigger(Kind.MANUAL, OptionalLong.empty());
    }

    public static RoundTrigger scheduled(long scheduleId) {
        return new RoundTrigger(Kind.SCHEDULED, OptionalLong.of(scheduleId));
    }

    /** The two ways a round starts. */
    public enum Kind {
        MANUAL, SCHEDULED
    }
}
