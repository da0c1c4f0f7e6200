package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One phrase of a theme rule, matched against a sentence: its words in order, next to each other, each word by
 * its stem ("evicted" matches "evicts"). {@code =word} matches that form only, where stemming would merge two
 * meanings ("=staffing" is not "staff"); {@code *} stands for exactly one word, {@code ...} for up to three, and a
 * range such as {@code 12-17} for a number in it ({@code 12-17 year old} matches "a 16 year old"). Pure.
 */
final class ThemePattern {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final int MAX_GAP = 3;

    private enum Kind { STEM, FORM, ONE, GAP, RANGE }

    /** One word of the pattern; {@code key} is the stem a sentence word must have (STEM, FORM). */
    private record Part(Kind kind, String value, String key, int low, int high) {
        boolean accepts(ThemeText.Sentence sentence, int at) {
            return switch (kind) {
                case STEM -> value.equals(sentence.stems()[at]);
                case FORM -> value.equals(sentence.forms()[at]);
                case ONE -> true;
                case RANGE -> inRange(sentence.stems()[at]);
                case GAP -> throw new IllegalStateException("a gap accepts no single word");
            };
        }

        private boolean inRange(String word) {
            if (word.isEmpty() || word.length() > 3 || !word.chars().allMatch(Character::isDigit)) {
                return false;
            }
            int n = Integer.parseInt(word);
            return n >= low && n <= high;
        }
    }

    private final String source;
    private final List<Part> parts;

    private ThemePattern(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    /** The pattern for a phrase as a taxonomy writes it; empty when nothing of it is a word. */
    static Optional<ThemePattern> parse(String written) {
        List<Part> parts = new ArrayList<>();
        for (String chunk : written.trim().split("\\s+")) {
            Matcher range = RANGE.matcher(chunk);
            if (chunk.equals("*")) {
                parts.add(new Part(Kind.ONE, chunk, null, 0, 0));
            } else if (chunk.equals("...")) {
                parts.add(new Part(Kind.GAP, chunk, null, 0, 0));
            } else if (range.matches()) {
                parts.add(new Part(Kind.RANGE, chunk, null, Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))));
            } else {
                boolean exact = chunk.startsWith("=");
                ThemeText.Sentence words = ThemeText.words(exact ? chunk.substring(1) : chunk);
                for (int i = 0; i < words.stems().length; i++) {
                    parts.add(exact ? new Part(Kind.FORM, words.forms()[i], words.stems()[i], 0, 0)
                            : new Part(Kind.STEM, words.stems()[i], words.stems()[i], 0, 0));
                }
            }
        }
        while (!parts.isEmpty() && isWildcard(parts.get(parts.size() - 1))) {
            parts.remove(parts.size() - 1);
        }
        if (parts.isEmpty() || isWildcard(parts.get(0))) {
            return Optional.empty();
        }
        return Optional.of(new ThemePattern(written, List.copyOf(parts)));
    }

    private static boolean isWildcard(Part part) {
        return part.kind() == Kind.ONE || part.kind() == Kind.GAP;
    }

    /** The stem a match starts with, or null when it starts with a number range. */
    String firstStem() {
        return parts.get(0).key();
    }

    /** @return the end (exclusive) of a match starting at {@code start}, or -1 */
    int matchEnd(ThemeText.Sentence sentence, int start) {
        return end(sentence, start, 0);
    }

    private int end(ThemeText.Sentence sentence, int at, int part) {
        if (part == parts.size()) {
            return at;
        }
        Part p = parts.get(part);
        if (p.kind() == Kind.GAP) {
            for (int skip = 0; skip <= MAX_GAP && at + skip <= sentence.stems().length; skip++) {
                int end = end(sentence, at + skip, part + 1);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= sentence.stems().length || !p.accepts(sentence, at)) {
            return -1;
        }
        return end(sentence, at + 1, part + 1);
    }

    /** What the pattern matches, the same for two spellings that stem alike ("teen", "teens"). */
    String signature() {
        StringBuilder signature = new StringBuilder();
        parts.forEach(p -> signature.append(p.kind()).append(':').append(p.value()).append(' '));
        return signature.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
