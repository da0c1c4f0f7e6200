package org.copcheckin.community;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the bot keeps about a member: organisation, pairing preference and, for the partner directory, their
 * organisation's region, what it offers and whether the member agreed to be named in directory answers.
 *
 * @param offers theme ids and closed-vocabulary words, folded
 */
public record MemberProfile(long communityId, String userId, Optional<String> organisation,
                            PairingPreference pairing, Optional<Instant> pausedUntil, Optional<String> region,
                            List<String> offers, boolean listed) {

    public MemberProfile {
        offers = List.copyOf(offers);
    }

    public MemberProfile(long communityId, String userId, Optional<String> organisation, PairingPreference pairing,
                         Optional<Instant> pausedUntil) {
        this(communityId, userId, organisation, pairing, pausedUntil, Optional.empty(), List.of(), false);
    }

    /** The preference in force at {@code now}: a pause that has ended counts as active. */
    public PairingPreference effectivePairing(Instant now) {
        if (pairing == PairingPreference.PAUSED && pausedUntil.map(until -> !until.isAfter(now)).orElse(true)) {
            return PairingPreference.ACTIVE;
        }
        return pairing;
    }
}
