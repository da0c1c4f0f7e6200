package org.copcheckin.digest;

import java.time.Instant;
import java.util.Optional;

import org.copcheckin.community.Community;

/**
 * What the pairing module tells the digest about its rounds (an optional bean: without one, the digest says
 * there were no pairing rounds).
 */
public interface PairingSummarySource {

    /** Rounds run in the community from (inclusive) to (exclusive); empty when there were none. */
    Optional<PairingSummary> summarise(Community community, Instant from, Instant to);
}
