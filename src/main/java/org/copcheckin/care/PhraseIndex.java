package org.copcheckin.care;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrases by the words they can start with, so each word of a reply wakes only the few phrases that can begin
 * there: a hash look-up for the word, and, when a phrase's second slot is a plain required word, one for the pair
 * (so "not not not ..." does not wake the sixty phrases starting with "not"); the few start prefixes sharing the
 * word's first letter; the phrases that start with a number. Nothing is allocated per word.
 */
final class PhraseIndex {

    private static final int[] NONE = {};

    private final Phrase[] phrases;
    private final Map<String, int[]> byWord;
    private final Map<String, Map<String, int[]>> byPair;
    private final String[] prefixes;
    private final int[][] byPrefix;
    private final int[][] prefixesByLetter = new int[128][];
    private final int[] byNumber;

    PhraseIndex(List<Phrase> phrases) {
        this.phrases = phrases.toArray(Phrase[]::new);
        Map<String, List<Integer>> words = new HashMap<>();
        Map<String, Map<String, List<Integer>>> pairs = new HashMap<>();
        Map<String, List<Integer>> starts = new LinkedHashMap<>();
        List<Integer> numbers = new ArrayList<>();
        for (int id = 0; id < this.phrases.length; id++) {
            Phrase.Slot first = this.phrases[id].first();
            Phrase.Slot second = this.phrases[id].second();
            boolean plainSecond = second != null && !second.optional() && !second.any() && !second.clauseEnd()
                    && !second.number() && second.prefixes().isEmpty() && !second.words().isEmpty();
            for (String word : first.words()) {
                if (plainSecond) {
                    for (String next : second.words()) {
                        pairs.computeIfAbsent(word, w -> new HashMap<>()).computeIfAbsent(next, n -> new ArrayList<>())
                                .add(id);
                    }
                } else {
                    words.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
                }
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
        Map<String, Map<String, int[]>> frozenPairs = new HashMap<>();
        pairs.forEach((word, nexts) -> {
            Map<String, int[]> byNext = new HashMap<>();
            nexts.forEach((next, ids) -> byNext.put(next, ids(ids)));
            frozenPairs.put(word, Map.copyOf(byNext));
        });
        this.byPair = Map.copyOf(frozenPairs);
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

    /** The phrases whose first slot holds this word and whose second slot is not a plain word. */
    int[] startingWith(String word) {
        return byWord.getOrDefault(word, NONE);
    }

    /** The phrases whose first two slots hold these words; {@code next} null when the sentence ends. */
    int[] startingWith(String word, String next) {
        if (next == null) {
            return NONE;
        }
        Map<String, int[]> byNext = byPair.get(word);
        return byNext == null ? NONE : byNext.getOrDefault(next, NONE);
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
