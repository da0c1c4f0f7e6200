package org.copcheckin.participation;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.copcheckin.platform.ChannelRef;
import org.copcheckin.privacy.Pseudonyms;
import org.springframework.stereotype.Component;

/**
 * What a feeling button carries: the check-in's random button key, the word, and a keyed signature over both and
 * the channel. A press with anything else (another word, another check-in's key, another channel) is refused.
 * It names nobody and holds no platform id.
 */
@Component
class FeelingTokens {

    /** A valid press: the check-in's button key and the feeling. */
    record Press(String buttonKey, String word) {
    }

    private static final int SIGNATURE_LENGTH = 22;

    private final Pseudonyms pseudonyms;

    FeelingTokens(Pseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    String issue(String buttonKey, String word, ChannelRef channel) {
        return String.join(".", buttonKey, word, signature(buttonKey, word, channel));
    }

    Optional<Press> check(String token, ChannelRef channel) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty()
                || parts[1].length() > Feelings.LONGEST_WORD || parts[2].length() != SIGNATURE_LENGTH) {
            return Optional.empty();
        }
        boolean signed = MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.UTF_8),
                signature(parts[0], parts[1], channel).getBytes(StandardCharsets.UTF_8));
        return signed ? Optional.of(new Press(parts[0], parts[1])) : Optional.empty();
    }

    private String signature(String buttonKey, String word, ChannelRef channel) {
        return pseudonyms.of("feeling-button", buttonKey, word, channel.platform().name(), channel.workspaceId(),
                channel.channelId()).substring(0, SIGNATURE_LENGTH);
    }
}
