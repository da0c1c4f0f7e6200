package org.copcheckin.care;

import java.util.Optional;
import java.util.regex.Pattern;

import org.copcheckin.community.Language;

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
        return refusal(text, Language.EN);
    }

    /** Why the text is refused, in the community's language, or empty when it may be used. */
    public static Optional<String> refusal(String text, Language language) {
        if (text == null || text.isBlank()) {
            return Optional.of(language.text("care.protocol.missing"));
        }
        if (text.strip().length() > MAX_LENGTH) {
            return Optional.of(language.text("care.protocol.long", MAX_LENGTH, text.strip().length()));
        }
        if (BROADCAST.matcher(text).find()) {
            return Optional.of(language.text("care.protocol.broadcast"));
        }
        return Optional.empty();
    }
}
