package org.copcheckin.checkins;

import static org.copcheckin.privacy.KeyedTokens.same;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongFunction;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.KeyedTokens;

/**
 * The token a private reply's form carries (Slack's {@code private_metadata}, Discord's modal id): the check-in,
 * when the form was opened, a keyed hash of who opened it, and a signature over all of it with the check-in's
 * channel. It names nobody and holds no platform id; only the member who opened the form can submit it, for
 * {@link #VALID}.
 */
final class PrivateReplyTokens {

    static final Duration VALID = Duration.ofHours(12);
    static final String PREFIX = "rp";
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final int OWNER_LENGTH = 11;
    private static final int SIGNATURE_LENGTH = 22;

    enum Why {
        /** not a token we issued for this check-in */
        FORGED,
        /** opened by another member */
        NOT_YOURS,
        /** older than {@link #VALID} */
        EXPIRED
    }

    /** What a submitted token turned out to be. */
    sealed interface Checked {
        record Valid(long checkInId) implements Checked {
        }

        record Refused(Why why) implements Checked {
        }
    }

    private final KeyedTokens keyed;

    PrivateReplyTokens(byte[] key) {
        this.keyed = new KeyedTokens(key);
    }

    String issue(long checkInId, ChannelRef channel, MemberRef member, Instant now) {
        String checkIn = Long.toString(checkInId, 36);
        String issued = Long.toString(now.getEpochSecond(), 36);
        return String.join(".", PREFIX, checkIn, issued, owner(member), signature(checkIn, issued, channel, member));
    }

    /** @param channelOf the channel of a check-in, empty when there is no such check-in */
    Checked check(String token, MemberRef member, Instant now, LongFunction<Optional<ChannelRef>> channelOf) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 5 || !PREFIX.equals(parts[0]) || parts[3].length() != OWNER_LENGTH
                || parts[4].length() != SIGNATURE_LENGTH) {
            return new Checked.Refused(Why.FORGED);
        }
        if (!same(parts[3], owner(member))) {
            return new Checked.Refused(Why.NOT_YOURS);
        }
        long checkInId;
        Instant issued;
        try {
            checkInId = Long.parseLong(parts[1], 36);
            issued = Instant.ofEpochSecond(Long.parseLong(parts[2], 36));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return new Checked.Refused(Why.FORGED);
        }
        Optional<ChannelRef> channel = channelOf.apply(checkInId);
        if (channel.isEmpty() || !same(parts[4], signature(parts[1], parts[2], channel.get(), member))
                || issued.isAfter(now.plus(SKEW))) {
            return new Checked.Refused(Why.FORGED);
        }
        if (issued.plus(VALID).isBefore(now)) {
            return new Checked.Refused(Why.EXPIRED);
        }
        return new Checked.Valid(checkInId);
    }

    /** The member's platform account; the workspace is left out (in a shared channel the member's team may differ). */
    private String owner(MemberRef member) {
        return keyed.sign(8, "owner", member.platform().name(), member.userId());
    }

    private String signature(String checkIn, String issued, ChannelRef channel, MemberRef member) {
        return keyed.sign(16, "private-reply", checkIn, issued, channel.platform().name(), channel.workspaceId(),
                channel.channelId(), member.userId());
    }
}
