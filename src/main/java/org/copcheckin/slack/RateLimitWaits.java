package org.copcheckin.slack;

import java.time.Duration;

import org.copcheckin.platform.PlatformException;

/** How long to wait after a {@code 429}, and the waiting itself (the caller's thread sleeps: the call is not dropped). */
@SlackComponent
class RateLimitWaits {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(2);

    int maxAttempts() {
        return 6;
    }

    void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("Interrupted while waiting out a Slack rate limit");
        }
    }

    /** Slack sends whole seconds; a missing or odd header waits one second, a huge one is capped. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_WAIT;
        }
        try {
            Duration wait = Duration.ofSeconds(Long.parseLong(header.trim()));
            if (wait.isNegative()) {
                return DEFAULT_WAIT;
            }
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        } catch (NumberFormatException e) {
            return DEFAULT_WAIT;
        }
    }
}
