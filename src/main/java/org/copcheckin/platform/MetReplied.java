package org.copcheckin.platform;

import java.util.Locale;
import java.util.Set;

/**
 * A member answered "met" in a thread or conversation that is not a check-in: a pair's private conversation, where
 * the introduction says "reply 'met'". Carries no text, only where and who; pairing finds the group by the
 * conversation.
 */
public record MetReplied(ThreadRef thread, MemberRef member) {

    private static final Set<String> ANSWERS = Set.of("met", "we met", "yes met", "yes we met", "we have met",
            "weve met", "we've met", "done we met", "yes we have met");

    /** Whether a short reply says the group met ("met", "We met!", "yes, we met"), and nothing else. */
    public static boolean says(String text) {
        if (text == null || text.length() > 40) {
            return false;
        }
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]+", " ").replaceAll("\\s+", " ").strip();
        return ANSWERS.contains(words);
    }
}
