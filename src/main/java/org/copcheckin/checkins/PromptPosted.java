package org.copcheckin.checkins;

/**
 * Published after a check-in's prompt is in the channel. The digest module listens: a community's first prompt gets
 * the default weekly digest schedule ({@code digest/DefaultDigestSchedule}).
 */
public record PromptPosted(long checkInId, long communityId, PromptKind kind) {
}
