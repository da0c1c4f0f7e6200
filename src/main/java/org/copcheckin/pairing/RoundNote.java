package org.copcheckin.pairing;

import java.util.List;
import java.util.Objects;

/**
 * Something the facilitator should know about how a round's groups were made, naming members by id only: each
 * adapter renders them as mentions ("No region given (@Ana, @Ben): grouped together").
 *
 * @param lead    the words before the members
 * @param members the members named, each with an optional detail in brackets after it (their region, say)
 * @param tail    the words after the members
 */
public record RoundNote(String lead, List<Named> members, String tail) {

    public RoundNote {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(tail, "tail");
        members = List.copyOf(members);
    }

    /** A member the note names, by platform user id, and what is said of them ("" for nothing). */
    public record Named(String userId, String detail) {
        public Named {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(detail, "detail");
        }

        static Named of(String userId) {
            return new Named(userId, "");
        }
    }
}
