package org.copcheckin.care;

import java.util.Set;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.ThreadRef;

/**
 * A reply to a check-in was recorded, and this is what care needs of it: the kinds of personal data the anonymiser
 * removed and the kinds of crisis signal in what was left. Published inside the reply's transaction and acted on
 * after it commits. It holds no words of the reply; it lives in memory only.
 *
 * @param messageId the platform's id of the reply, to link to its thread (a private reply: the prompt's)
 * @param privately a private reply, which nobody in the channel can read: no nudge is needed for it
 */
public record ReplyReviewed(long communityId, long checkInId, ThreadRef thread, MemberRef author, String messageId,
                            Set<PersonalData> removed, Set<SignalKind> signals, boolean privately) {

    public ReplyReviewed {
        removed = Set.copyOf(removed);
        signals = Set.copyOf(signals);
    }

    /** A reply in the thread. */
    public ReplyReviewed(long communityId, long checkInId, ThreadRef thread, MemberRef author, String messageId,
                         Set<PersonalData> removed, Set<SignalKind> signals) {
        this(communityId, checkInId, thread, author, messageId, removed, signals, false);
    }

    /** Nothing to tell anyone about. */
    public boolean nothingToDo() {
        return removed.isEmpty() && signals.isEmpty();
    }
}
