package org.copcheckin.community;

import java.time.Instant;

/**
 * One module's platform ids (user ids, conversation ids) that expire after a time without activity. Every module
 * keeping such ids next to a date of last activity contributes one; {@link PlatformIdRetention} runs them daily.
 */
public interface PlatformIdExpiry {

    /** @return rows deleted (or cleared) whose last activity is before {@code inactiveSince} */
    int expire(Instant inactiveSince);
}
