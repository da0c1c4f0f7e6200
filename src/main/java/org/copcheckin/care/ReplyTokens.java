package org.copcheckin.care;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * A reply cut into lower-case words in one pass over its characters (no regular expression touches the text),
 * with the sentence and clause each word belongs to. Contractions are spelt out ("doesn't" is "does not", "she's"
 * is "she is", "dont" is "do not"), so phrases are written once. A semicolon, which is also the anonymiser's mark
 * for a removed name or number, becomes the word {@value #GAP}. Phrases never cross a sentence (. ! ? or a new
 * line); commas, colons, brackets, double quotes and dashes only end a clause.
 */
final class ReplyTokens {

    /** The word that stands for a removed span (a name, a number) or a semicolon. */
    static final String GAP = "_";

    private static final Map<String, String[]> CHAT_FORMS = Map.ofEntries(
            Map.entry("dont", new String[] {"do", "not"}), Map.entry("doesnt", new String[] {"does", "not"}),
            Map.entry("didnt", new String[] {"did", "not"}), Map.entry("cant", new String[] {"can", "not"}),
            Map.entry("cannot", new String[] {"can", "not"}), Map.entry("wont", new String[] {"will", "not"}),
            Map.entry("isnt", new String[] {"is", "not"}), Map.entry("wasnt", new String[] {"was", "not"}),
            Map.entry("arent", new String[] {"are", "not"}), Map.entry("werent", new String[] {"were", "not"}),
            Map.entry("hasnt", new String[] {"has", "not"}), Map.entry("havent", new String[] {"have", "not"}),
            Map.entry("hadnt", new String[] {"had", "not"}), Map.entry("wouldnt", new String[] {"would", "not"}),
            Map.entry("couldnt", new String[] {"could", "not"}), Map.entry("shouldnt", new String[] {"should", "not"}),
            Map.entry("aint", new String[] {"is", "not"}), Map.entry("im", new String[] {"i", "am"}),
            Map.entry("ive", new String[] {"i", "have"}), Map.entry("youre", new String[] {"you", "are"}),
            Map.entry("theyre", new String[] {"they", "are"}), Map.entry("thats", new String[] {"that", "is"}),
            Map.entry("whats", new String[] {"what", "is"}), Map.entry("shes", new String[] {"she", "is"}),
            Map.entry("hes", new String[] {"he", "is"}), Map.entry("gonna", new String[] {"going", "to"}),
            Map.entry("wanna", new String[] {"want", "to"}), Map.entry("gotta", new String[] {"got", "to"}),
            Map.entry("cuz", new String[] {"because"}), Map.entry("bc", new String[] {"because"}));

    /** Words whose "'s" is "is" rather than a possessive. */
    private static final Set<String> IS_BEFORE = Set.of("he", "she", "it", "that", "there", "who", "what", "where",
            "here", "how", "everyone", "everybody", "someone", "somebody", "nobody", "one");

    private String[] words = new String[16];
    private int[] sentences = new int[16];
    private int[] clauses = new int[16];
    private int size;
    private int sentence;
    private int clause;
    private boolean sentenceBreak;
    private boolean clauseBreak;

    private ReplyTokens() {
    }

    static ReplyTokens of(String text) {
        ReplyTokens tokens = new ReplyTokens();
        if (text != null) {
            tokens.read(text);
        }
        return tokens;
    }

    int size() {
        return size;
    }

    String word(int i) {
        return words[i];
    }

    int sentence(int i) {
        return sentences[i];
    }

    int clause(int i) {
        return clauses[i];
    }

    /** Whether a clause (or the reply) ends between word {@code position - 1} and word {@code position}. */
    boolean clauseEndsAt(int position) {
        return position >= size || position == 0 || clauses[position] != clauses[position - 1];
    }

    private void read(String text) {
        StringBuilder word = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : ' ';
            char previous = i > 0 ? text.charAt(i - 1) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (Character.isLetter(c) && !word.isEmpty() && Character.isDigit(word.charAt(word.length() - 1))
                        && !ordinal(word, c, next)) {
                    flush(word); // "15yo", "9pm": the number and the word apart; "6th" stays one word
                }
                word.append(Character.toLowerCase(c));
            } else if (isApostrophe(c) && !word.isEmpty() && Character.isLetter(next)) {
                word.append('\'');
            } else if (c == '.' && Character.isDigit(previous) && Character.isDigit(next)) {
                word.append('.');
            } else if (c == '-' && Character.isLetterOrDigit(previous) && Character.isLetterOrDigit(next)) {
                flush(word); // "self-harm" is "self harm", within one clause
            } else {
                flush(word);
                boundary(c, previous, next);
            }
        }
        flush(word);
    }

    private void boundary(char c, char previous, char next) {
        switch (c) {
            case '.', '!', '?', '\n', '\r', '…' -> sentenceBreak = true;
            case ',', ':', '(', ')', '[', ']', '{', '}', '–', '—', '•', '"', '“', '”' -> clauseBreak = true;
            case '-' -> clauseBreak |= Character.isWhitespace(previous) || Character.isWhitespace(next);
            case ';' -> add(GAP);
            default -> {
                // other punctuation, quotes, symbols and emoji only separate words
            }
        }
    }

    private static boolean ordinal(StringBuilder digits, char c, char next) {
        char last = digits.charAt(digits.length() - 1);
        String suffix = "" + Character.toLowerCase(c) + Character.toLowerCase(next);
        return switch (suffix) {
            case "st" -> last == '1';
            case "nd" -> last == '2';
            case "rd" -> last == '3';
            case "th" -> true;
            default -> false;
        };
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`';
    }

    private void flush(StringBuilder word) {
        if (word.isEmpty()) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        int apostrophe = w.indexOf('\'');
        if (apostrophe < 0) {
            String[] spelt = CHAT_FORMS.get(w);
            if (spelt == null) {
                add(w);
            } else {
                for (String part : spelt) {
                    add(part);
                }
            }
            return;
        }
        contraction(w, apostrophe);
    }

    private void contraction(String w, int apostrophe) {
        String stem = w.substring(0, apostrophe);
        String tail = w.substring(apostrophe + 1);
        if (tail.equals("t") && stem.endsWith("n") && stem.length() > 1) {
            String base = stem.substring(0, stem.length() - 1);
            add(switch (base) {
                case "ca" -> "can";
                case "wo" -> "will";
                case "ai" -> "is";
                case "sha" -> "shall";
                default -> base;
            });
            add("not");
            return;
        }
        String spelt = switch (tail) {
            case "m" -> "am";
            case "re" -> "are";
            case "ve" -> "have";
            case "ll" -> "will";
            case "d" -> "would";
            case "s" -> IS_BEFORE.contains(stem) ? "is" : stem.equals("let") ? "us" : null;
            default -> null;
        };
        if (spelt == null && !tail.equals("s")) {
            add(w.replace("'", "")); // y'all, o'clock
            return;
        }
        add(stem);
        if (spelt != null) {
            add(spelt);
        }
    }

    private void add(String w) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            sentences = Arrays.copyOf(sentences, size * 2);
            clauses = Arrays.copyOf(clauses, size * 2);
        }
        if (size > 0 && sentenceBreak) {
            sentence++;
            clause++;
        } else if (size > 0 && clauseBreak) {
            clause++;
        }
        sentenceBreak = false;
        clauseBreak = false;
        words[size] = w;
        sentences[size] = sentence;
        clauses[size] = clause;
        size++;
    }
}
