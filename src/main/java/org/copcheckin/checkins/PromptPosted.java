package org.copcheckin.checkins;

/** Published after a check-in's prompt is in the channel. */
public record PromptPosted(long checkInId, long communityId, PromptKind kind) {
}
