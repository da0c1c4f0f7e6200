package org.copcheckin.pairing;

import java.time.Instant;
import java.util.Optional;

import org.copcheckin.community.Community;
import org.copcheckin.digest.PairingSummary;
import org.copcheckin.digest.PairingSummarySource;
import org.springframework.stereotype.Component;

/** Tells the digest how many rounds ran in its period, how many groups were introduced and how many met. */
@Component
class PairingDigestSummary implements PairingSummarySource {

    private final MeetingStore meetings;

    PairingDigestSummary(MeetingStore meetings) {
        this.meetings = meetings;
    }

    @Override
    public Optional<PairingSummary> summarise(Community community, Instant from, Instant to) {
        int rounds = meetings.roundsIntroduced(community.id(), from, to);
        if (rounds == 0) {
            return Optional.empty();
        }
        CompletionRate rate = meetings.completion(community.id(), from, to);
        return Optional.of(new PairingSummary(rounds, rate.groupsIntroduced(), rate.groupsMet()));
    }
}
