package org.copcheckin.checkins;

import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;

/**
 * Takes part in recording each new reply, in two steps. {@link #prepare} does the in-memory work (anonymising,
 * analysing) on the caller's thread, outside any transaction, for every delivery that may be new. The
 * {@link ReplyWrite} it returns is run inside the transaction that records the reply's receipt, only when the
 * delivery is new, and commits with it before the platform is acknowledged. Implementations must never store or
 * log {@link ThreadReplyReceived#text()}, and the returned write must not hold it.
 */
public interface ReplyListener {

    /**
     * @param deliveryKey the reply's key (an HMAC of its message id), stored with the receipt: rows written under it
     *                    can be found again when the member deletes the message
     */
    ReplyWrite prepare(Community community, CheckIn checkIn, ThreadReplyReceived reply, String deliveryKey);

    /** The reply with this key was deleted: remove what {@link #prepare} wrote for it. Runs inside a transaction. */
    default void retract(Community community, String deliveryKey) {
    }

    /**
     * The member changed a one-click answer ({@link ReplyIntake#answer}): remove what {@link #prepare} wrote for the
     * earlier one; the new one's write follows in the same transaction. Nothing was deleted on the platform, so
     * nothing needs telling. By default the same as {@link #retract}.
     */
    default void withdraw(Community community, String deliveryKey) {
        retract(community, deliveryKey);
    }

    /**
     * One listener's database writes for one reply. It may run more than once: when a group commit is rolled back
     * because of another reply, each reply is written again in a transaction of its own.
     */
    @FunctionalInterface
    interface ReplyWrite {

        /**
         * Adds the reply's rows to {@code rows}, which the group commit sends as one batch per statement once every
         * reply of the group has added its own. A write that also runs a statement of its own runs it before any row
         * of the group is written, so it must not depend on them.
         */
        void write(ReplyRows rows);

        /** What this write records, in the closed vocabulary, for the author's own confirmation of a private reply. */
        default ReplySummary summary() {
            return ReplySummary.NONE;
        }

        /** A write that can say what it records. */
        static ReplyWrite recording(ReplySummary summary, java.util.function.Consumer<ReplyRows> write) {
            return new ReplyWrite() {
                @Override
                public void write(ReplyRows rows) {
                    write.accept(rows);
                }

                @Override
                public ReplySummary summary() {
                    return summary;
                }
            };
        }
    }
}
