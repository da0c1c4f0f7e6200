package org.copcheckin.care;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The phrases by the words they can start with, so each word of a reply wakes only the few phrases that can begin
 * there: a hash look-up for the word, one per prefix length in use, and the phrases that start with a number.
 */
final class PhraseIndex {

    private static final int[] NONE = {};

    private final Phrase[] phrases;
    private final Map<String, int[]> byWord;
    private final Map<String, int[]> byPrefix;
    private final int[] prefixLengths;
    private final int[] byNumber;

    PhraseIndex(List<Phrase> phrases) {
        this.phrases = phrases.toArray(Phrase[]::new);
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> prefixes = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        TreeSet<Integer> lengths = new TreeSet<>();
        for (int id = 0; id < this.phrases.length; id++) {
            Phrase.Slot first = this.phrases[id].first();
            for (String word : first.words()) {
                words.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
            }
            for (String prefix : first.prefixes()) {
                prefixes.computeIfAbsent(prefix, p -> new ArrayList<>()).add(id);
                lengths.add(prefix.length());
            }
            if (first.number()) {
                numbers.add(id);
            }
        }
        this.byWord = frozen(words);
        this.byPrefix = frozen(prefixes);
        this.prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
        this.byNumber = numbers.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<String, int[]> frozen(Map<String, List<Integer>> ids) {
        Map<String, int[]> frozen = new HashMap<>();
        ids.forEach((key, list) -> frozen.put(key, list.stream().mapToInt(Integer::intValue).distinct().toArray()));
        return Map.copyOf(frozen);
    }

    int size() {
        return phrases.length;
    }

    Phrase phrase(int id) {
        return phrases[id];
    }

    /** Calls {@code visitor} with every phrase that may start at a word (some more than once). */
    void candidates(String word, java.util.function.IntConsumer visitor) {
        for (int id : byWord.getOrDefault(word, NONE)) {
            visitor.accept(id);
        }
        for (int length : prefixLengths) {
            if (length > word.length()) {
                break;
            }
            for (int id : byPrefix.getOrDefault(word.substring(0, length), NONE)) {
                visitor.accept(id);
            }
        }
        if (byNumber.length > 0 && Phrase.isNumber(word)) {
            for (int id : byNumber) {
                visitor.accept(id);
            }
        }
    }
}
