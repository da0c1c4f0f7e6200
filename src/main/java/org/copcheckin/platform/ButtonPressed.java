package org.copcheckin.platform;

/** A member pressed a button of a {@link Message}. */
public record ButtonPressed(ChannelRef channel, MemberRef member, String actionId, String value) {
}
