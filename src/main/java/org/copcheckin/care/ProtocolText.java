package org.copcheckin.care;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a community's safeguarding protocol text, sent to facilitators with each alert: at most
 * {@value #MAX_LENGTH} characters, and no mention that would notify a whole channel or server.
 */
public final class ProtocolText {

    public static final int MAX_LENGTH = 500;

    private static final Pattern BROADCAST = Pattern.compile(
            "(?i)@(?:channel|here|everyone)\\b|(?:<|&lt;)!(?:channel|here|everyone|subteam)|(?:<|&lt;)@&\\d+>");

    private ProtocolText() {
    }

    /** Why the text is refused, or empty when it may be used. */
    public static Optional<String> refusal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Give the protocol to follow, e.g. `/cop settings safeguarding on Follow the "
                    + "district's crisis procedure: call the safeguarding lead`.");
        }
        if (text.strip().length() > MAX_LENGTH) {
            return Optional.of("The protocol text can be at most " + MAX_LENGTH + " characters (it has "
                    + text.strip().length() + ").");
        }
        if (BROADCAST.matcher(text).find()) {
            return Optional.of("The protocol text cannot mention @channel, @here, @everyone or a group: alerts go "
                    + "privately to facilitators and must not notify anyone else.");
        }
        return Optional.empty();
    }
}
