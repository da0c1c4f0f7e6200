package org.copcheckin.slack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.copcheckin.platform.BulkCalls;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Keeps every Web API call within its method's published tier ({@link RateTier}), per workspace (and per channel
 * for {@code chat.postMessage}): a call goes at once while fewer than the tier's calls were made in the last
 * window, and otherwise waits until the oldest one leaves it. Bursts up to the tier go through unpaced, so a
 * single command never waits; a long run (a pairing round's {@code conversations.open} per group) settles at the
 * tier's rate instead of running into {@code 429}s. Bulk work ({@link BulkCalls}) uses a little less than the
 * tier so the rest of the workspace's calls always find room. A {@code 429}'s {@code Retry-After} holds back
 * every call of that method in that workspace (or channel) until it has passed, not only the one refused.
 *
 * <p>{@code slack.rate-limit-window} (default one minute) is the minute Slack counts in; a benchmark against a
 * stand-in that compresses time sets it shorter, and every tier scales with it.
 */
@SlackComponent
class CallPacer {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** Past this many windows (one per channel posted to), those with no call for two minutes are forgotten. */
    private static final int IDLE_SWEEP = 10_000;

    private final RateLimitWaits waits;
    private final Duration minute;
    private final LongSupplier nanoTime;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    CallPacer(RateLimitWaits waits, @Value("${slack.rate-limit-window:1m}") Duration minute) {
        this(waits, minute, System::nanoTime);
    }

    CallPacer(RateLimitWaits waits, Duration minute, LongSupplier nanoTime) {
        if (minute.isNegative() || minute.isZero()) {
            throw new IllegalArgumentException("slack.rate-limit-window must be positive, not " + minute);
        }
        this.waits = waits;
        this.minute = minute;
        this.nanoTime = nanoTime;
    }

    /** Waits, if needed, until the method may be called again in this workspace (and channel). */
    void awaitSlot(String teamId, String method, String channelId) {
        RateTier tier = RateTier.of(method);
        if (tier == RateTier.UNPACED) {
            return;
        }
        if (windows.size() > IDLE_SWEEP) {
            long now = nanoTime.getAsLong();
            windows.values().removeIf(idle -> idle.idleSince(now, scaled(MINUTE).toNanos() * 2));
        }
        Window window = windows.computeIfAbsent(key(teamId, method, channelId, tier), k -> new Window());
        int allowed = BulkCalls.active() ? tier.bulkCalls() : tier.calls();
        long span = scaled(tier.per()).toNanos();
        while (true) {
            long wait = window.take(nanoTime.getAsLong(), allowed, span);
            if (wait <= 0) {
                return;
            }
            waits.pause(Duration.ofNanos(wait));
        }
    }

    /** Slack answered {@code 429}: no call of the method in this workspace (or channel) before the wait is over. */
    void rateLimited(String teamId, String method, String channelId, Duration retryAfter) {
        RateTier tier = RateTier.of(method);
        windows.computeIfAbsent(key(teamId, method, channelId, tier), k -> new Window())
                .block(nanoTime.getAsLong() + retryAfter.toNanos());
    }

    /** The wall time a {@code Retry-After} or a tier's window stands for under the configured minute. */
    Duration scaled(Duration slackTime) {
        if (minute.equals(MINUTE)) {
            return slackTime;
        }
        return Duration.ofNanos(Math.max(1, (long) ((double) slackTime.toNanos() * minute.toNanos() / MINUTE.toNanos())));
    }

    private static String key(String teamId, String method, String channelId, RateTier tier) {
        String team = teamId == null ? "-" : teamId;
        return tier.perChannel() && channelId != null ? team + "/" + method + "/" + channelId : team + "/" + method;
    }

    /** The calls of one method in one workspace (or channel) within the last window, and any 429 hold. */
    private static final class Window {
        private final ArrayDeque<Long> calls = new ArrayDeque<>();
        private long blockedUntil = Long.MIN_VALUE;

        /** Takes a slot now and answers 0, or answers how long to wait before asking again. */
        synchronized long take(long now, int allowed, long span) {
            if (blockedUntil != Long.MIN_VALUE && now - blockedUntil < 0) {
                return blockedUntil - now;
            }
            while (!calls.isEmpty() && now - calls.peekFirst() >= span) {
                calls.pollFirst();
            }
            if (calls.size() < allowed) {
                calls.addLast(now);
                return 0;
            }
            // the oldest call of those that must leave the window before this one may go
            long oldest = calls.stream().skip(calls.size() - allowed).findFirst().orElseThrow();
            return Math.max(1, oldest + span - now);
        }

        synchronized boolean idleSince(long now, long span) {
            return (calls.isEmpty() || now - calls.peekLast() >= span)
                    && (blockedUntil == Long.MIN_VALUE || now - blockedUntil >= 0);
        }

        synchronized void block(long until) {
            if (blockedUntil == Long.MIN_VALUE || until - blockedUntil > 0) {
                blockedUntil = until;
            }
        }
    }
}
