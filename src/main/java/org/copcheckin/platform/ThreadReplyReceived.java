package org.copcheckin.platform;

import java.time.Instant;
import java.util.Set;

/**
 * A member replied in a thread. The text lives in memory only: it is analysed and dropped, never stored or
 * logged, so {@link #toString()} leaves it out.
 *
 * @param messageId  the platform's id of the reply (Slack ts, Discord message id): the same on retries
 * @param knownNames display names the adapter knows for the channel, to be removed before analysis
 * @param privately  a private reply (the prompt's <em>Reply privately</em> form): never posted, so nobody in the
 *                   channel reads it; {@code thread} is the check-in's and {@code messageId} the prompt's
 */
public record ThreadReplyReceived(ThreadRef thread, MemberRef author, String messageId, String text,
                                  Instant sentAt, Set<String> knownNames, boolean privately) {

    public ThreadReplyReceived {
        knownNames = knownNames == null ? Set.of() : Set.copyOf(knownNames);
    }

    /** A reply in the thread, which the channel can read. */
    public ThreadReplyReceived(ThreadRef thread, MemberRef author, String messageId, String text, Instant sentAt,
                               Set<String> knownNames) {
        this(thread, author, messageId, text, sentAt, knownNames, false);
    }

    @Override
    public String toString() {
        return "ThreadReplyReceived[thread=" + thread + ", messageId=" + messageId + ", privately=" + privately + ", text=<" +
                (text == null ? 0 : text.length()) + " chars>]";
    }
}
