package org.copcheckin.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How calendar feeds are fetched.
 *
 * @param maxFeedBytes      the largest feed read (default 1 MiB; a district's year is a few tens of KiB)
 * @param timeout           the longest a whole fetch may take, redirects included (default 10 s)
 * @param allowLoopbackHttp tests only: lets {@code http://127.0.0.1:port} feeds through, so a test can serve one;
 *                          never set in a deployment (it opens the loopback interface to facilitators)
 */
@ConfigurationProperties(prefix = "cop.calendar")
record CalendarProperties(Integer maxFeedBytes, Duration timeout, boolean allowLoopbackHttp) {

    static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    CalendarProperties {
        maxFeedBytes = maxFeedBytes == null || maxFeedBytes <= 0 ? DEFAULT_MAX_BYTES : maxFeedBytes;
        timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? DEFAULT_TIMEOUT : timeout;
    }
}
