package org.copcheckin.support;

import java.util.Set;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.CommandInvoked;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.ThreadRef;
import org.copcheckin.platform.ThreadReplyReceived;

/** Small builders for the records core tests send in. */
public final class Fixtures {

    public static final String WORKSPACE = "T-DISTRICT";

    private Fixtures() {
    }

    public static ChannelRef channel(String id) {
        return new ChannelRef(PlatformKind.SLACK, WORKSPACE, id);
    }

    public static MemberRef member(String userId) {
        return new MemberRef(PlatformKind.SLACK, WORKSPACE, userId);
    }

    public static CommandInvoked command(ChannelRef channel, String userId, String text) {
        return new CommandInvoked(channel, member(userId), text, false);
    }

    public static CommandInvoked adminCommand(ChannelRef channel, String userId, String text) {
        return new CommandInvoked(channel, member(userId), text, true);
    }

    public static ThreadReplyReceived reply(ThreadRef thread, String userId, String messageId, String text) {
        return new ThreadReplyReceived(thread, member(userId), messageId, text, java.time.Instant.now(), Set.of());
    }
}
