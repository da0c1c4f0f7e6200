package org.copcheckin.dashboard;

import java.time.Instant;

/** What a dashboard link's token turned out to be: valid for its community until a time, or why not. */
sealed interface LinkCheck {

    /** Signed by us, for this community, not yet expired. */
    record Valid(long communityId, Instant expiresAt) implements LinkCheck {
    }

    /** Not a token we signed: changed on the way, cut short, or made up. */
    record Altered() implements LinkCheck {
    }

    /** Signed by us, but for another community's dashboard. */
    record OtherCommunity() implements LinkCheck {
    }

    /** Signed by us for this community, but past its expiry. */
    record Expired(Instant expiredAt) implements LinkCheck {
    }
}
