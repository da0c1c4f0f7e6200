package org.copcheckin.checkins;

import org.copcheckin.community.Community;
import org.copcheckin.platform.ThreadReplyReceived;

/**
 * Receives each new reply, once, inside the transaction that records it: whatever it writes commits together
 * with the receipt, before the platform is acknowledged. Implementations must never store or log
 * {@link ThreadReplyReceived#text()}.
 */
public interface ReplyListener {

    void onReply(Community community, CheckIn checkIn, ThreadReplyReceived reply);
}
