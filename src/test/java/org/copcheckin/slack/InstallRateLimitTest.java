package org.copcheckin.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.Test;

class InstallRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final InstallRateLimit limit = new InstallRateLimit(clock);

    @Test
    void eachAddressHasItsOwnBucketThatRefillsOverTime() {
        for (int i = 0; i < InstallRateLimit.BURST; i++) {
            assertThat(limit.take("203.0.113.7")).isEmpty();
        }
        assertThat(limit.take("203.0.113.7")).hasValue(InstallRateLimit.REFILL);
        assertThat(limit.take("198.51.100.4")).as("another address").isEmpty();

        clock.advance(Duration.ofSeconds(3));
        assertThat(limit.take("203.0.113.7")).hasValue(Duration.ofSeconds(3));
        clock.advance(Duration.ofSeconds(3));
        assertThat(limit.take("203.0.113.7")).isEmpty();
    }

    @Test
    void anIpv6NetworkCountsAsOneAddress() {
        for (int i = 0; i < InstallRateLimit.BURST; i++) {
            assertThat(limit.take("2001:db8:1:2::" + Integer.toHexString(i + 1))).isEmpty();
        }
        assertThat(limit.take("2001:db8:1:2:ffff::9")).isPresent();
        assertThat(limit.take("2001:db8:1:3::1")).isEmpty();
    }

    @Test
    void theMapOfAddressesIsBounded() {
        for (int i = 0; i < InstallRateLimit.MAX_ADDRESSES + 500; i++) {
            limit.take("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(limit.addresses()).isEqualTo(InstallRateLimit.MAX_ADDRESSES);
    }
}
