package org.copcheckin.slack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spreads calls that a run makes many of (one {@code conversations.open} per pair or member) so that a large
 * round stays under Slack's per-workspace rate tier instead of bursting into {@code 429}s: each call of a kind
 * in a workspace takes the next free slot, one interval after the previous one.
 */
@SlackComponent
class CallPacer {

    /** Slack's tier 3 allows about 50 calls a minute per workspace and method. */
    static final Duration TIER_3 = Duration.ofMillis(1200);

    private final RateLimitWaits waits;
    private final Duration interval;
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    @Autowired
    CallPacer(RateLimitWaits waits) {
        this(waits, TIER_3);
    }

    CallPacer(RateLimitWaits waits, Duration interval) {
        this.waits = waits;
        this.interval = interval;
    }

    /** Waits, if needed, for this workspace's next slot for the method. */
    void awaitSlot(String teamId, String method) {
        long now = System.nanoTime();
        long step = interval.toNanos();
        long slot = nextSlot.compute(teamId + "/" + method,
                (key, next) -> next == null || next <= now ? now + step : next + step) - step;
        long wait = slot - now;
        if (wait > 0) {
            waits.pause(Duration.ofNanos(wait));
        }
    }
}
