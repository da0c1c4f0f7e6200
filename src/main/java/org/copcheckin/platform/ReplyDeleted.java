package org.copcheckin.platform;

/**
 * A member deleted a message in a channel the bot reads (Slack's {@code message_deleted}, Discord's message
 * delete). If it was a counted reply, its trend rows are removed.
 *
 * @param channel   the community's channel (for a Discord thread: its parent channel), as a reply to it carries
 * @param messageId the platform's id of the deleted message, as {@link ThreadReplyReceived#messageId()} had it
 */
public record ReplyDeleted(ChannelRef channel, String messageId) {
}
