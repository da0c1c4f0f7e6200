package org.copcheckin.platform;

/** A member left the channel (or was deactivated): no longer paired, no longer counted as a member. */
public record MemberLeft(ChannelRef channel, MemberRef member) {
}
