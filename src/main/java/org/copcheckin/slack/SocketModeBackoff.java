package org.copcheckin.slack;

import java.time.Duration;

/**
 * How long Socket Mode waits before trying Slack again: {@code initial} after the first failure, doubling up to
 * {@code max}, each wait up to a fifth shorter at random so that replicas do not all retry in step.
 */
record SocketModeBackoff(Duration initial, Duration max) {

    SocketModeBackoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("Socket Mode retry: initial must be positive and max at least initial");
        }
    }

    /**
     * @param failures attempts that failed so far (1 or more)
     * @param random   a number in [0, 1): the jitter
     */
    Duration delay(int failures, double random) {
        long millis = initial.toMillis();
        for (int doubled = 1; doubled < failures && millis < max.toMillis(); doubled++) {
            millis *= 2;
        }
        millis = Math.min(millis, max.toMillis());
        return Duration.ofMillis(millis - (long) (millis * 0.2 * random));
    }
}
