package org.copcheckin.pairing;

import java.time.Clock;
import java.util.List;

import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.ChatPlatform;
import org.copcheckin.platform.MemberRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Introduces one group in its own private conversation. Each member's introduction for the round is claimed in
 * the database before sending (unique per round and member), so running a round again never introduces anyone
 * twice; a failed send gives the claims back so a later run can retry that group.
 */
@Component
class Introductions {

    private static final Logger log = LoggerFactory.getLogger(Introductions.class);

    private final RoundStore rounds;
    private final MeetingStore meetings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Introductions(RoundStore rounds, MeetingStore meetings, TransactionTemplate transactions, Clock clock) {
        this.rounds = rounds;
        this.meetings = meetings;
        this.transactions = transactions;
        this.clock = clock;
    }

    enum Delivery {
        SENT, ALREADY_INTRODUCED, FAILED
    }

    Delivery deliver(ChatPlatform platform, Community community, long roundId, RoundStore.StoredGroup group,
                     boolean firstRound) {
        return deliver(platform, community, roundId, group, ActivityText.introduction(
                group.members().stream().map(community.channel()::member).toList(), group.id(), firstRound));
    }

    /** Introduces the group with the given activity text. */
    Delivery deliver(ChatPlatform platform, Community community, long roundId, RoundStore.StoredGroup group,
                     org.copcheckin.platform.Message introduction) {
        if (group.delivered() || !claim(roundId, group)) {
            return Delivery.ALREADY_INTRODUCED;
        }
        ChannelRef channel = community.channel();
        List<MemberRef> members = group.members().stream().map(channel::member).toList();
        try {
            ChannelRef conversation = platform.openPrivateConversation(channel, members, introduction);
            transactions.executeWithoutResult(status -> {
                rounds.delivered(group.id(), conversation.channelId(), clock.instant());
                meetings.recordMeeting(community.id(), group.members(), clock.instant());
            });
            return Delivery.SENT;
        } catch (RuntimeException e) {
            // one unreachable member or a rate limit must not stop the other groups
            log.warn("Pairing group {} of round {} not introduced: {}", group.id(), roundId, e.getClass().getSimpleName());
            rounds.releaseIntroductions(group.id());
            rounds.failed(group.id(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Delivery.FAILED;
        }
    }

    private boolean claim(long roundId, RoundStore.StoredGroup group) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (rounds.introductionsFor(roundId, group.members()) > 0) {
                    return false;
                }
                rounds.claimIntroductions(roundId, group.id(), group.members(), clock.instant());
                return true;
            }));
        } catch (DuplicateKeyException claimedConcurrently) {
            return false;
        }
    }
}
