package org.copcheckin.platform;

/**
 * A member added or removed an emoji reaction on a message of a channel (a prompt, if it is one). The emoji is
 * the platform's name for it ({@code thumbsup}, a custom emoji's id); it is never stored.
 *
 * @param message the channel and the message's id, which for a prompt is the id of its thread
 * @param added   true for an added reaction, false for a removed one
 */
public record PromptReacted(ThreadRef message, MemberRef member, String emoji, boolean added) {
}
