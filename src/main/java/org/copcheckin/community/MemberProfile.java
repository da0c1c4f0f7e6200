package org.copcheckin.community;

import java.time.Instant;
import java.util.Optional;

/** What the bot keeps about a member: organisation and pairing preference, nothing else. */
public record MemberProfile(long communityId, String userId, Optional<String> organisation,
                            PairingPreference pairing, Optional<Instant> pausedUntil) {

    /** The preference in force at {@code now}: a pause that has ended counts as active. */
    public PairingPreference effectivePairing(Instant now) {
        if (pairing == PairingPreference.PAUSED && pausedUntil.map(until -> !until.isAfter(now)).orElse(true)) {
            return PairingPreference.ACTIVE;
        }
        return pairing;
    }
}
