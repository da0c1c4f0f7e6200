package org.copcheckin.slack;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A token bucket per client address for {@code /slack/install}, each visit of which stores an OAuth state row: a
 * burst of {@value #BURST}, then one every {@link #REFILL}. IPv6 addresses count by their /64, which one machine
 * can hold whole. The map keeps the {@value #MAX_ADDRESSES} most recent addresses, so it is bounded too.
 */
@SlackComponent
class InstallRateLimit {

    static final int BURST = 10;
    static final Duration REFILL = Duration.ofSeconds(6);
    static final int MAX_ADDRESSES = 10_000;
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9a-fA-F:.%]+");

    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    InstallRateLimit(Clock clock) {
        this.clock = clock;
    }

    /** Takes one visit for the address: empty when allowed, otherwise how long until the next one is. */
    synchronized Optional<Duration> take(String remoteAddress) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(key(remoteAddress), address -> new Bucket(BURST, now));
        bucket.refill(now);
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return Optional.empty();
        }
        long wait = (long) Math.ceil((1 - bucket.tokens) * REFILL.toMillis());
        return Optional.of(Duration.ofMillis(wait));
    }

    synchronized int addresses() {
        return buckets.size();
    }

    static String key(String remoteAddress) {
        if (remoteAddress == null || !IP_LITERAL.matcher(remoteAddress).matches()) {
            return String.valueOf(remoteAddress);
        }
        try {
            byte[] address = InetAddress.getByName(remoteAddress).getAddress();
            return address.length == 16 ? HexFormat.of().formatHex(Arrays.copyOf(address, 8)) + "::/64" : remoteAddress;
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilled;

        private Bucket(double tokens, Instant refilled) {
            this.tokens = tokens;
            this.refilled = refilled;
        }

        private void refill(Instant now) {
            if (now.isAfter(refilled)) {
                tokens = Math.min(BURST, tokens + (double) Duration.between(refilled, now).toMillis() / REFILL.toMillis());
                refilled = now;
            }
        }
    }
}
