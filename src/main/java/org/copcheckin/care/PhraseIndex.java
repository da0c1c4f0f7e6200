package org.copcheckin.care;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases by the words they can start with, so each word of a reply wakes only the few phrases that can begin
 * there: one hash look-up for the word, the few start prefixes sharing its first letter, and the phrases that start
 * with a number. Nothing is allocated per word.
 */
final class PhraseIndex {

    private static final int[] NONE = {};

    private final Phrase[] phrases;
    private final Map<String, int[]> byWord;
    private final String[] prefixes;
    private final int[][] byPrefix;
    private final int[][] prefixesByLetter = new int[128][];
    private final int[] byNumber;

    PhraseIndex(List<Phrase> phrases) {
        this.phrases = phrases.toArray(Phrase[]::new);
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, List<Integer>> starts = new LinkedHashMap<>();
        List<Integer> numbers = new ArrayList<>();
        for (int id = 0; id < this.phrases.length; id++) {
            Phrase.Slot first = this.phrases[id].first();
            for (String word : first.words()) {
                words.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
            }
            for (String prefix : first.prefixes()) {
                starts.computeIfAbsent(prefix, p -> new ArrayList<>()).add(id);
            }
            if (first.number()) {
                numbers.add(id);
            }
        }
        Map<String, int[]> frozen = new HashMap<>();
        words.forEach((word, ids) -> frozen.put(word, ids(ids)));
        this.byWord = Map.copyOf(frozen);
        this.prefixes = starts.keySet().toArray(String[]::new);
        this.byPrefix = starts.values().stream().map(PhraseIndex::ids).toArray(int[][]::new);
        Map<Character, List<Integer>> letters = new HashMap<>();
        for (int i = 0; i < prefixes.length; i++) {
            letters.computeIfAbsent(prefixes[i].charAt(0), c -> new ArrayList<>()).add(i);
        }
        letters.forEach((letter, list) -> {
            if (letter < 128) {
                prefixesByLetter[letter] = ids(list);
            }
        });
        this.byNumber = ids(numbers);
        for (String prefix : prefixes) {
            if (prefix.charAt(0) >= 128) {
                throw new IllegalArgumentException("A phrase may not start with the prefix '" + prefix + "*'");
            }
        }
    }

    private static int[] ids(List<Integer> ids) {
        return ids.stream().mapToInt(Integer::intValue).distinct().toArray();
    }

    int size() {
        return phrases.length;
    }

    Phrase phrase(int id) {
        return phrases[id];
    }

    /** The phrases whose first slot holds this word. */
    int[] startingWith(String word) {
        return byWord.getOrDefault(word, NONE);
    }

    /** Indexes of the start prefixes that may begin this word (same first letter); check them with {@link #prefix}. */
    int[] prefixesFor(String word) {
        char first = word.charAt(0);
        int[] found = first < 128 ? prefixesByLetter[first] : null;
        return found == null ? NONE : found;
    }

    String prefix(int index) {
        return prefixes[index];
    }

    int[] startingWithPrefix(int index) {
        return byPrefix[index];
    }

    /** The phrases whose first slot takes a number, or none if the word is not one. */
    int[] startingWithNumber(String word) {
        return byNumber.length > 0 && Phrase.isNumber(word) ? byNumber : NONE;
    }
}
