package org.copcheckin.discord;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Discord's IDENTIFY turns, kept in the database ({@code discord_identify_slot}) so that every replica sharing it
 * takes turns: a bucket ({@code shard id % max_concurrency}) is claimed with one conditional UPDATE when its
 * {@code free_at} has passed, which only one replica can win; the claim holds the bucket for a lease while the
 * session identifies, and {@link #identified} then frees it 5 s later. A replica that dies holding a claim frees
 * its bucket when the lease runs out. A replica waiting for a bucket looks again at least every second.
 */
class IdentifySlots {

    /** Discord's window: one IDENTIFY per bucket per 5 s. */
    static final Duration WINDOW = Duration.ofSeconds(5);
    /** How long a claim holds its bucket before its session has identified (or its replica is gone). */
    static final Duration LEASE = Duration.ofSeconds(30);
    /** The shortest wait between tries, so two replicas racing for a row never spin. */
    static final Duration SHORTEST_WAIT = Duration.ofMillis(100);
    /** The longest wait between tries, so a bucket freed before its lease ran out is taken within a second. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    IdentifySlots(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /**
     * Claims the bucket for {@code holder} if its window is free.
     *
     * @return zero when claimed, otherwise how long to wait before trying again
     */
    Duration claim(int bucket, String holder) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("UPDATE discord_identify_slot SET free_at = ?, holder = ? WHERE bucket = ? AND free_at <= ?")
                .params(Timestamp.from(now.plus(LEASE)), holder, bucket, Timestamp.from(now)).update();
        if (claimed == 1) {
            return Duration.ZERO;
        }
        Optional<Instant> freeAt = jdbc.sql("SELECT free_at FROM discord_identify_slot WHERE bucket = ?")
                .param(bucket).query((rs, row) -> rs.getTimestamp("free_at").toInstant()).optional();
        if (freeAt.isEmpty()) {
            try {
                jdbc.sql("INSERT INTO discord_identify_slot (bucket, free_at, holder) VALUES (?, ?, ?)")
                        .params(bucket, Timestamp.from(now.plus(LEASE)), holder).update();
                return Duration.ZERO;
            } catch (DuplicateKeyException e) {
                // another replica made the row first and holds the bucket: the next try reads how long
                return SHORTEST_WAIT;
            }
        }
        Duration wait = Duration.between(now, freeAt.get());
        return wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT
                : wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** {@code holder}'s session in the bucket has identified (or given up): the next may start 5 s from now. */
    void identified(int bucket, String holder) {
        free(bucket, holder, clock.instant().plus(WINDOW));
    }

    /** {@code holder} claimed the bucket but started no session: it is free again at once. */
    void unused(int bucket, String holder) {
        free(bucket, holder, clock.instant());
    }

    private void free(int bucket, String holder, Instant at) {
        // a claim whose lease ran out may have passed to another replica since: leave that one alone
        jdbc.sql("UPDATE discord_identify_slot SET free_at = ? WHERE bucket = ? AND holder = ?")
                .params(Timestamp.from(at), bucket, holder).update();
    }
}
