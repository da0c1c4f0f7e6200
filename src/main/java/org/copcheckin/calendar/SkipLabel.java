package org.copcheckin.calendar;

import java.util.Optional;
import java.util.regex.Pattern;

import org.copcheckin.community.Wording;

/**
 * The rules for a skip's label: a facilitator's short words, or a feed's event summary made to fit. A label is
 * shown in status and the digest, so it stays short, plain and free of links, mentions and e-mail addresses. Pure.
 */
final class SkipLabel {

    static final int MAX_LENGTH = 64;
    static final String DEFAULT = "school break";

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{N} '’\\-–.,&()/:!]+");
    private static final Pattern LINK_OR_MENTION = Pattern.compile(
            "(?i)(https?:|www\\.|[^\\s]+@[^\\s]+|<[@#!]|@[\\p{L}\\p{N}])");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{M}\\p{N} '’\\-–.,&()/:!]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SkipLabel() {
    }

    /** Why a facilitator's label cannot be kept, or empty when it can (after {@link #tidy}). */
    static Optional<Wording> refusal(String label) {
        String tidy = tidy(label);
        if (tidy.isEmpty()) {
            return Optional.of(Wording.of("calendar.label.empty"));
        }
        if (tidy.length() > MAX_LENGTH) {
            return Optional.of(Wording.of("calendar.label.long", tidy.length(), MAX_LENGTH));
        }
        if (LINK_OR_MENTION.matcher(tidy).find()) {
            return Optional.of(Wording.of("calendar.label.link"));
        }
        if (!ALLOWED.matcher(tidy).matches()) {
            return Optional.of(Wording.of("calendar.label.signs"));
        }
        return Optional.empty();
    }

    static String tidy(String label) {
        return label == null ? "" : SPACES.matcher(label).replaceAll(" ").strip();
    }

    /** A feed's event summary as a label: links and odd characters dropped, cut at a word to fit. */
    static String fromSummary(String summary) {
        String text = tidy(summary);
        text = LINK_OR_MENTION.matcher(text).find() ? "" : tidy(NOT_ALLOWED.matcher(text).replaceAll(" "));
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
            text = text.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH - 1).strip() + "…";
        }
        return text.isEmpty() ? "school closed" : text;
    }
}
