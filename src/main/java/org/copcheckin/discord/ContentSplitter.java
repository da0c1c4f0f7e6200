package org.copcheckin.discord;

import java.util.ArrayList;
import java.util.List;

/** Splits text into pieces within a Discord limit, at paragraph, then line, then word boundaries. */
final class ContentSplitter {

    static final int MESSAGE_LIMIT = 2000;
    static final int EMBED_DESCRIPTION_LIMIT = 4096;
    static final int EMBED_TITLE_LIMIT = 256;
    /** All embeds of one message together. */
    static final int EMBEDS_TOTAL_LIMIT = 6000;

    private ContentSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > limit) {
            int cut = cutPoint(rest, limit);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int cutPoint(String text, int limit) {
        for (String boundary : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(boundary, limit - boundary.length());
            if (at > limit / 4) {
                return at + boundary.length();
            }
        }
        // no boundary in sight: cut hard, but never between the two halves of a surrogate pair
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }

    static String truncate(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit - 1) + "…";
    }
}
