package org.copcheckin.insights;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.stereotype.Component;

/**
 * A member's pseudonym for one check-in: an HMAC of the check-in and the member under the deployment key. It
 * differs per check-in, so rows of two check-ins cannot be linked without the key; with it, forget-me finds them.
 */
@Component
class ParticipantPseudonyms {

    static final String PURPOSE = "participant";

    private final Pseudonyms pseudonyms;

    ParticipantPseudonyms(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String of(long checkInId, MemberRef member) {
        return pseudonyms.of(PURPOSE, Long.toString(checkInId), member.platform().name(), member.workspaceId(),
                member.userId());
    }
}
