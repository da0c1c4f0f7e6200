package org.copcheckin.checkins;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a reply was recorded as: the taxonomy themes (their labels) and the words of the closed vocabulary that
 * were counted. In memory only, for the author's private confirmation and the facilitator's theme note; it holds
 * no other word of the reply.
 */
public record ReplySummary(List<String> themes, List<String> words) {

    public static final ReplySummary NONE = new ReplySummary(List.of(), List.of());

    public ReplySummary {
        themes = List.copyOf(themes);
        words = List.copyOf(words);
    }

    /** Both summaries, each theme and word once, in order. */
    public ReplySummary and(ReplySummary other) {
        LinkedHashSet<String> allThemes = new LinkedHashSet<>(themes);
        allThemes.addAll(other.themes);
        LinkedHashSet<String> allWords = new LinkedHashSet<>(words);
        allWords.addAll(other.words);
        return new ReplySummary(List.copyOf(allThemes), List.copyOf(allWords));
    }

    @Override
    public String toString() {
        return "ReplySummary[" + themes.size() + " themes, " + words.size() + " words]";
    }
}
