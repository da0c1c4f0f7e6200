package org.copcheckin.checkins;

import java.time.Instant;
import java.util.OptionalLong;

import org.copcheckin.platform.ThreadRef;

/** A posted prompt and the thread its replies arrive in. */
public record CheckIn(long id, long communityId, PromptKind kind, String promptText, ThreadRef thread,
                      OptionalLong scheduleId, Instant postedAt) {
}
