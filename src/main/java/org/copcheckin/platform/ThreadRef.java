package org.copcheckin.platform;

import java.util.Objects;

/** A message that roots a thread (Slack message ts, Discord thread id) in a channel. */
public record ThreadRef(ChannelRef channel, String threadId) {

    public ThreadRef {
        Objects.requireNonNull(channel, "channel");
        ChannelRef.requireId(threadId, "threadId");
    }
}
