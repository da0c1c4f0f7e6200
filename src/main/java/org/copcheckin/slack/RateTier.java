package org.copcheckin.slack;

import java.time.Duration;
import java.util.Map;

/**
 * Slack's published rate limits per Web API method, per workspace (https://api.slack.com/docs/rate-limits): Tier 1
 * 1+ per minute, Tier 2 20+, Tier 3 50+, Tier 4 100+; {@code chat.postMessage} is special, about one message per
 * second per channel. Each method's tier is the one its reference page gives (for instance
 * https://api.slack.com/methods/conversations.open: Tier 3). The lower bound of each tier is used, so a workspace
 * never sees more calls of a method in any minute than Slack promises to take.
 */
enum RateTier {
    TIER_1(1, Duration.ofMinutes(1), false),
    TIER_2(20, Duration.ofMinutes(1), false),
    TIER_3(50, Duration.ofMinutes(1), false),
    TIER_4(100, Duration.ofMinutes(1), false),
    /** {@code chat.postMessage}: one message per second in each channel. */
    PER_CHANNEL_SECOND(1, Duration.ofSeconds(1), true),
    /** Special methods with limits far above what the bot makes ({@code auth.test}): not paced. */
    UNPACED(Integer.MAX_VALUE, Duration.ofMinutes(1), false);

    private static final Map<String, RateTier> METHODS = Map.ofEntries(
            Map.entry("auth.test", UNPACED),
            // Tier 1 for apps outside the Slack Marketplace since 2025 (changelog 2025-05-29); not called today
            Map.entry("conversations.history", TIER_1),
            Map.entry("users.list", TIER_2),
            Map.entry("users.info", TIER_4),
            Map.entry("conversations.members", TIER_4),
            Map.entry("conversations.open", TIER_3),
            Map.entry("conversations.info", TIER_3),
            Map.entry("chat.postMessage", PER_CHANNEL_SECOND),
            Map.entry("chat.postEphemeral", TIER_4),
            Map.entry("chat.getPermalink", TIER_4),
            Map.entry("views.open", TIER_4),
            Map.entry("files.getUploadURLExternal", TIER_4),
            Map.entry("files.completeUploadExternal", TIER_4));

    private final int calls;
    private final Duration per;
    private final boolean perChannel;

    RateTier(int calls, Duration per, boolean perChannel) {
        this.calls = calls;
        this.per = per;
        this.perChannel = perChannel;
    }

    /** A method's tier; one not listed is taken as Tier 2, where Slack says most methods are. */
    static RateTier of(String method) {
        return METHODS.getOrDefault(method, TIER_2);
    }

    /** Calls allowed in any {@link #per()}. */
    int calls() {
        return calls;
    }

    /**
     * Calls bulk work may make in any {@link #per()}: the rest is kept for other work in the same workspace, so a
     * command or a digest during a pairing round is not queued behind it (2 of 50 on Tier 3, 4 of 100 on Tier 4).
     */
    int bulkCalls() {
        if (this == UNPACED || calls < 20) {
            return calls;
        }
        return calls - Math.max(1, calls / 25);
    }

    /** The window the limit counts in, before any time scale. */
    Duration per() {
        return per;
    }

    /** Whether the limit is per channel rather than per workspace. */
    boolean perChannel() {
        return perChannel;
    }
}
