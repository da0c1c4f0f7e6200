package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words and phrases a facilitator added to a community's vocabulary ({@code /cop vocabulary add
 * McKinney-Vento}, {@code head lease}): each word of an entry may be stored, is never taken for a name when
 * capitalised, and an entry of several words is counted as one term when its words come in a row. Pure.
 *
 * @param words   every word of every entry, folded
 * @param phrases entries of several words: their analysed forms in order, and the term they count as
 */
record CommunityWords(Set<String> words, List<Phrase> phrases) {

    static final CommunityWords NONE = new CommunityWords(Set.of(), List.of());

    /** A phrase and the term it is counted as (the entry folded, as the facilitator spelled it). */
    record Phrase(List<String> forms, String term) {
    }

    CommunityWords {
        words = Set.copyOf(words);
        phrases = List.copyOf(phrases);
    }

    static CommunityWords of(Collection<String> entries, TextAnalysis analysis) {
        if (entries.isEmpty()) {
            return NONE;
        }
        Set<String> words = new HashSet<>();
        List<Phrase> phrases = new ArrayList<>();
        for (String entry : entries) {
            for (String part : entry.split("[\\s\\-‐‑–]+")) {
                if (!part.isBlank()) {
                    words.add(Folding.fold(part.strip()));
                }
            }
            List<String> forms = analysis.tokens(entry).stream().map(TextAnalysis.Token::form).toList();
            if (forms.size() > 1) {
                phrases.add(new Phrase(forms, Folding.fold(entry.strip().replaceAll("\\s+", " "))));
            }
        }
        return new CommunityWords(words, phrases);
    }

    boolean contains(String word) {
        return words.contains(Folding.fold(word));
    }
}
