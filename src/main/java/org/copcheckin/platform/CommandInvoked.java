package org.copcheckin.platform;

/**
 * A member ran {@code /cop <text>} in a channel.
 *
 * @param text          everything after {@code /cop}, mentions already in {@code <@id>} form
 * @param platformAdmin whether the platform reports the caller as an admin (counts as facilitator)
 */
public record CommandInvoked(ChannelRef channel, MemberRef caller, String text, boolean platformAdmin) {
}
