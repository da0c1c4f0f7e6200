package org.copcheckin.care;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One phrase of the signal list, compiled to a row of word slots and matched from a given word by advancing the
 * set of slots reached (a bit set, as a Thompson automaton does), so a match costs at most slots x words and never
 * backtracks. Syntax, one slot per space-separated item:
 * <ul>
 *   <li>{@code word}, {@code a|b|c}: one of these words; {@code harm*}: a word starting with "harm";
 *       {@code @name}: a word of the list's word class; {@code #}: a number; {@code _}: a removed name or number</li>
 *   <li>{@code [slot]}: the slot may be missing; {@code ...}: up to three words of any kind</li>
 *   <li>{@code $}: the clause ends here (a comma, a full stop, the end of the reply); as one alternative
 *       ({@code since|for|$}), the slot may also be the clause's end</li>
 * </ul>
 * A plain item that the tokenizer splits ("self-harm", "doesn't") becomes its words in a row.
 */
final class Phrase {

    static final int MAX_SLOTS = 62;
    static final int GAP_WORDS = 3;

    /** What a phrase does when it matches. */
    enum Role {
        /** the phrase is a crisis signal of its kind */
        SIGNAL,
        /** the phrase is a false friend of its kind: a signal of that kind overlapping it is not one */
        NOT,
        /** a false friend of every kind */
        IGNORE,
        /** a signal starting at most three words after it, in its clause, is negated ("not suicidal") */
        NEGATION,
        /** the sentence is about a training, a policy, a hypothetical or a statistic */
        FRAME,
        /** the sentence reports something that happened ("told me"), which outweighs a frame */
        DISCLOSURE
    }

    /**
     * @param clauseEnd the slot is the end of a clause and reads no word, alone ({@code $}) or as one of its
     *                  alternatives ({@code since|$})
     */
    record Slot(Set<String> words, List<String> prefixes, boolean number, boolean any, boolean optional,
                boolean clauseEnd) {

        boolean matches(String word) {
            if (any || words.contains(word) || (number && isNumber(word))) {
                return true;
            }
            for (String prefix : prefixes) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozen", "few", "several", "many");

    private final String text;
    private final Role role;
    private final int kind;
    private final Slot[] slots;
    private final long accept;
    /** Slots that may be passed without reading a word: optional ones, and clause ends (when one is there). */
    private final long optional;
    private final long clauseEnds;

    private Phrase(String text, Role role, int kind, List<Slot> slots) {
        this.text = text;
        this.role = role;
        this.kind = kind;
        this.slots = slots.toArray(Slot[]::new);
        this.accept = 1L << this.slots.length;
        long optionalSlots = 0;
        long clauseEndSlots = 0;
        for (int j = 0; j < this.slots.length; j++) {
            optionalSlots |= this.slots[j].optional() ? 1L << j : 0;
            clauseEndSlots |= this.slots[j].clauseEnd() ? 1L << j : 0;
        }
        this.optional = optionalSlots;
        this.clauseEnds = clauseEndSlots;
    }

    /**
     * @param classes word classes by name, each word lower case, a trailing {@code *} for a prefix
     * @param kind    index of the kind the phrase belongs to, or -1
     * @throws IllegalArgumentException naming the phrase and what is wrong with it
     */
    static Phrase compile(String text, Role role, int kind, Map<String, Set<String>> classes) {
        List<Slot> slots = new ArrayList<>();
        for (String item : text.trim().split("\\s+")) {
            if (item.equals("...")) {
                for (int i = 0; i < GAP_WORDS; i++) {
                    slots.add(new Slot(Set.of(), List.of(), false, true, true, false));
                }
            } else if (item.equals("$")) {
                slots.add(new Slot(Set.of(), List.of(), false, false, false, true));
            } else if (item.startsWith("[") && item.endsWith("]") && item.length() > 2) {
                slots.add(alternatives(item.substring(1, item.length() - 1), true, text, classes));
            } else if (isPlain(item)) {
                ReplyTokens words = ReplyTokens.of(item);
                for (int i = 0; i < words.size(); i++) {
                    slots.add(new Slot(Set.of(words.word(i)), List.of(), false, false, false, false));
                }
            } else {
                slots.add(alternatives(item, false, text, classes));
            }
        }
        if (slots.isEmpty() || slots.size() > MAX_SLOTS) {
            throw new IllegalArgumentException("phrase '" + text + "' must have between 1 and " + MAX_SLOTS + " slots");
        }
        Slot first = slots.get(0);
        if (first.optional() || first.any() || first.clauseEnd() || first.words().isEmpty() && first.prefixes().isEmpty()
                && !first.number()) {
            throw new IllegalArgumentException("phrase '" + text + "' must start with a word that is always there");
        }
        return new Phrase(text, role, kind, slots);
    }

    private static boolean isPlain(String item) {
        return item.indexOf('|') < 0 && item.indexOf('@') < 0 && item.indexOf('*') < 0 && !item.equals("#")
                && !item.equals(ReplyTokens.GAP) && item.indexOf('[') < 0 && item.indexOf(']') < 0;
    }

    private static Slot alternatives(String item, boolean optional, String text, Map<String, Set<String>> classes) {
        Set<String> words = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        boolean number = false;
        boolean clauseEnd = false;
        for (String alternative : item.split("\\|")) {
            if (alternative.startsWith("@")) {
                Set<String> members = classes.get(alternative.substring(1));
                if (members == null) {
                    throw new IllegalArgumentException("phrase '" + text + "' uses the unknown word class " + alternative);
                }
                for (String member : members) { // checked once where the class is defined
                    if (member.endsWith("*") && member.length() > 1) {
                        prefixes.add(member.substring(0, member.length() - 1));
                    } else {
                        words.add(member);
                    }
                }
            } else if (alternative.equals("#")) {
                number = true;
            } else if (alternative.equals("$")) {
                clauseEnd = true;
            } else {
                addWord(alternative, words, prefixes, text);
            }
        }
        return new Slot(Set.copyOf(words), List.copyOf(prefixes), number, false, optional, clauseEnd);
    }

    /** Adds one word (or prefix) of a slot, refusing what the tokenizer would never produce as one word. */
    static void addWord(String word, Set<String> words, List<String> prefixes, String where) {
        boolean prefix = word.endsWith("*") && word.length() > 1;
        String bare = prefix ? word.substring(0, word.length() - 1) : word;
        ReplyTokens tokens = ReplyTokens.of(bare);
        if (!bare.equals(ReplyTokens.GAP) && (tokens.size() != 1 || !tokens.word(0).equals(bare))) {
            throw new IllegalArgumentException("'" + word + "' in '" + where + "' is not one lower-case word as replies "
                    + "are read (write contractions spelt out, e.g. 'does not', and hyphenated words apart)");
        }
        if (prefix) {
            prefixes.add(bare);
        } else {
            words.add(bare);
        }
    }

    static boolean isNumber(String word) {
        if (NUMBER_WORDS.contains(word)) {
            return true;
        }
        int digits = 0;
        while (digits < word.length() && (Character.isDigit(word.charAt(digits)) || word.charAt(digits) == '.')) {
            digits++;
        }
        String rest = word.substring(digits);
        return digits > 0 && (rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd")
                || rest.equals("th"));
    }

    Slot first() {
        return slots[0];
    }

    /** The second slot, or null for a phrase of one slot. */
    Slot second() {
        return slots.length > 1 ? slots[1] : null;
    }

    String text() {
        return text;
    }

    Role role() {
        return role;
    }

    int kind() {
        return kind;
    }

    /** Words read by phrase runs in one scan, so a test can hold the matcher to linear work without a clock. */
    static final class Work {
        private long wordsRead;

        long wordsRead() {
            return wordsRead;
        }
    }

    /** The end (exclusive) of the longest match that starts at word {@code start}, within its sentence, or -1. */
    int longestMatch(ReplyTokens tokens, int start, Work work) {
        int sentence = tokens.sentence(start);
        long states = closure(1L, tokens, start);
        int end = -1;
        for (int p = start; p < tokens.size() && tokens.sentence(p) == sentence && states != 0; p++) {
            String word = tokens.word(p);
            work.wordsRead++;
            long next = 0;
            for (long s = states & ~accept; s != 0; s &= s - 1) {
                int j = Long.numberOfTrailingZeros(s);
                if (slots[j].matches(word)) {
                    next |= 1L << (j + 1);
                }
            }
            states = closure(next, tokens, p + 1);
            if ((states & accept) != 0) {
                end = p + 1;
            }
        }
        return end;
    }

    /**
     * Adds the slots reached without reading a word: past optional slots, and past a clause end that is here. Visits
     * only the slots reached, lowest first, so a chain of optional slots is passed in one call.
     */
    private long closure(long states, ReplyTokens tokens, int position) {
        long passable = optional | (tokens.clauseEndsAt(position) ? clauseEnds : 0);
        long reached = states;
        long pending = states & passable;
        while (pending != 0) {
            long next = (pending & -pending) << 1;
            pending &= pending - 1;
            if ((reached & next) == 0) {
                reached |= next;
                pending |= next & passable;
            }
        }
        return reached;
    }

    @Override
    public String toString() {
        return role + " " + text;
    }
}
