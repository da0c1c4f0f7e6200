package org.copcheckin.scheduling;

import java.time.Instant;

/**
 * Work that looks, every minute, for what has fallen due (reminders): run by one Quartz job whose trigger fires on
 * one replica at a time (clustered job store), so an implementation needs only its own claim to stay exactly-once
 * when a replica dies half-way or a firing is replayed.
 */
public interface Sweep {

    /** @return how many things it did, for the log */
    int sweep(Instant now);
}
