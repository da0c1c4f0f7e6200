package org.copcheckin.insights;

import java.time.LocalDate;

import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.stereotype.Component;

/**
 * A person's pseudonym for one community and one ISO week (in the community's zone): an HMAC of the community,
 * the week's Monday and the platform account under {@code COP_SECRET_KEY}. It links a person's replies within one
 * week, so people are counted once per week, and nothing across weeks or communities: next week's pseudonym
 * cannot be linked to this one without the key. With the key, forget-me finds a member's rows.
 */
@Component
class PersonPseudonyms {

    static final String PURPOSE = "person-week";

    private final Pseudonyms pseudonyms;

    PersonPseudonyms(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String of(long communityId, LocalDate weekStart, MemberRef member) {
        return pseudonyms.of(PURPOSE, Long.toString(communityId), weekStart.toString(), member.platform().name(),
                member.userId());
    }
}
