package org.copcheckin.pairing;

import java.time.Instant;
import java.util.Optional;

/** A recorded round as {@code status} shows it. */
public record RoundSummary(long roundId, Instant startedAt, RoundTrigger.Kind trigger, RoundOutcome outcome,
                           int groups, int failedGroups, Optional<String> reason) {
}
