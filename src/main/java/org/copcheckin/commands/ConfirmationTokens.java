package org.copcheckin.commands;

import static org.copcheckin.privacy.KeyedTokens.same;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.MemberRef;
import org.copcheckin.privacy.KeyedTokens;

/**
 * The token a confirmation's buttons carry: the subcommand, its argument, when it was asked, a random nonce, a keyed
 * hash of who asked, and a signature over all of it with the channel. It names nobody and holds no platform id.
 */
final class ConfirmationTokens {

    static final Duration VALID = Duration.ofMinutes(10);
    private static final Duration SKEW = Duration.ofMinutes(1);
    private static final Pattern WORD = Pattern.compile("[a-z0-9_-]*");
    private static final int OWNER_LENGTH = 11;
    private static final int SIGNATURE_LENGTH = 22;

    /** What a pressed token turned out to be. */
    sealed interface Checked {
        record Valid(String action, String argument, String nonce) implements Checked {
        }

        record Refused(Why why) implements Checked {
        }
    }

    enum Why {
        /** not a token we issued for this channel */
        FORGED,
        /** issued to another member */
        NOT_YOURS,
        /** older than {@link #VALID} */
        EXPIRED,
        /** pressed before */
        USED
    }

    private final KeyedTokens keyed;

    ConfirmationTokens(byte[] key) {
        this.keyed = new KeyedTokens(key);
    }

    String issue(String action, String argument, ChannelRef channel, MemberRef caller, Instant now, String nonce) {
        if (!WORD.matcher(action).matches() || !WORD.matcher(argument).matches()) {
            throw new IllegalArgumentException("A confirmation's action and argument are lower-case words");
        }
        String issued = Long.toString(now.getEpochSecond(), 36);
        return String.join(".", action, argument, issued, nonce, owner(caller),
                signature(action, argument, issued, nonce, channel, caller));
    }

    Checked check(String token, ChannelRef channel, MemberRef presser, Instant now) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 6 || parts[4].length() != OWNER_LENGTH || parts[5].length() != SIGNATURE_LENGTH) {
            return new Checked.Refused(Why.FORGED);
        }
        if (!same(parts[4], owner(presser))) {
            return new Checked.Refused(Why.NOT_YOURS);
        }
        if (!same(parts[5], signature(parts[0], parts[1], parts[2], parts[3], channel, presser))) {
            return new Checked.Refused(Why.FORGED);
        }
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(parts[2], 36));
        } catch (NumberFormatException e) {
            return new Checked.Refused(Why.FORGED);
        }
        if (issued.isAfter(now.plus(SKEW))) {
            return new Checked.Refused(Why.FORGED);
        }
        if (issued.plus(VALID).isBefore(now)) {
            return new Checked.Refused(Why.EXPIRED);
        }
        return new Checked.Valid(parts[0], parts[1], parts[3]);
    }

    private String owner(MemberRef member) {
        return keyed.sign(8, "owner", member.platform().name(), member.workspaceId(), member.userId());
    }

    private String signature(String action, String argument, String issued, String nonce, ChannelRef channel,
                             MemberRef member) {
        return keyed.sign(16, "confirm", action, argument, issued, nonce, channel.platform().name(),
                channel.workspaceId(), channel.channelId(), member.userId());
    }
}
