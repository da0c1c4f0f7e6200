package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal names from a reply, word by word, with the cues people leave when they write about someone.
 * Every lookup is folded (accents dropped, so "José" is "jose") and a hyphenated name is looked up part by part
 * ("Mary-Kate", "jean-luc"). A word is removed when:
 * <ul>
 *   <li>any part is a first name that is not also an everyday word, or a word of a member's display name, real
 *       name or username that is not an everyday word;</li>
 *   <li>it is a first name that is also a word ("Hope", "will", "rose") and a cue says it is a name: capitalised
 *       mid-sentence or before another name or a person's verb, a possessive ("rose's"), after "with", "to",
 *       "named", a title or a relation ("son", "student"), before "said" or "told", or next to a name;</li>
 *   <li>it is a surname that is also a word ("long", "brown", "park") right after a first name typed the same
 *       way, after a title, before "family" or "kids", or before a school word ("park elementary");</li>
 *   <li>it is capitalised, not a known capitalised word (days, languages, the taxonomy's and the community's
 *       words), and is mid-sentence or starts a sentence before a person's verb or another capitalised word.</li>
 * </ul>
 * Whatever is left still has to be in the closed vocabulary to be stored, so a name in none of the lists and
 * typed in lower case ("nguyen") is counted as "other" and never written. Pure and thread-safe.
 */
final class NameRemoval {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

    private enum Kind { NAME, NAME_WORD, SURNAME_WORD, KEPT, OTHER }

    private enum Style { LOWER, CAPITALISED, UPPER }

    private record Word(int start, int end, String raw, String bare, List<String> parts, boolean possessive,
                        Style style, Kind kind) {
        String folded() {
            return String.join("-", parts);
        }
    }

    private final NameList names;
    private final Predicate<String> vocabulary;
    private final Predicate<String> stopWord;
    private final NameCues cues;

    /**
     * @param vocabulary whether a folded word is an everyday word (the closed vocabulary)
     * @param stopWord   whether a folded word is a stop word of the analysis
     */
    NameRemoval(NameList names, Predicate<String> vocabulary, Predicate<String> stopWord) {
        this(names, vocabulary, stopWord, NameCues.ENGLISH);
    }

    /** @param cues the cues of the language the community is analysed in */
    NameRemoval(NameList names, Predicate<String> vocabulary, Predicate<String> stopWord, NameCues cues) {
        this.names = names;
        this.vocabulary = vocabulary;
        this.stopWord = stopWord;
        this.cues = cues;
    }

    /**
     * @param known     folded words of the names the platform knows for the channel's members
     * @param community the community's own words, never names
     */
    String remove(String text, Set<String> known, CommunityWords community) {
        return removeReporting(text, known, community).text();
    }

    /**
     * @param text              the text with names replaced by separators
     * @param otherThanMembers whether a removed word is not a word of a member's name
     */
    record Removed(String text, boolean otherThanMembers) {
    }

    Removed removeReporting(String text, Set<String> known, CommunityWords community) {
        boolean shouting = !text.chars().anyMatch(Character::isLowerCase);
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(word(m.start(), m.end(), m.group(), shouting, known, community));
        }
        boolean[] remove = new boolean[words.size()];
        Set<String> named = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            remove[i] = decide(text, words, i, remove);
            if (remove[i] && words.get(i).kind() != Kind.OTHER) {
                named.add(words.get(i).folded());
            }
        }
        // a word a cue showed to be a name is that name everywhere in the reply: "we connected hope with the
        // pantry, hope said thanks"
        for (int i = 0; i < words.size(); i++) {
            remove[i] = remove[i] || named.contains(words.get(i).folded()) && words.get(i).kind() != Kind.KEPT;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean other = false;
        for (int i = 0; i < words.size(); i++) {
            if (remove[i]) {
                other = other || words.get(i).parts().stream().noneMatch(known::contains);
                out.append(text, last, words.get(i).start()).append(ReplyAnonymiser.GAP);
                last = words.get(i).end();
            }
        }
        return new Removed(out.append(text.substring(last)).toString(), other);
    }

    private Word word(int start, int end, String raw, boolean shouting, Set<String> known, CommunityWords community) {
        boolean possessive = raw.endsWith("'s") || raw.endsWith("’s");
        String bare = stripElision(stripPossessive(raw));
        List<String> parts = new ArrayList<>();
        for (String part : bare.split("-")) {
            if (!part.isEmpty()) {
                parts.add(Folding.fold(part));
            }
        }
        Style style = shouting || (bare.length() > 1 && bare.equals(bare.toUpperCase(java.util.Locale.ROOT)))
                ? Style.UPPER : Character.isUpperCase(bare.charAt(0)) ? Style.CAPITALISED : Style.LOWER;
        return new Word(start, end, raw, bare, parts, possessive, style, kind(parts, known, community));
    }

    private Kind kind(List<String> parts, Set<String> known, CommunityWords community) {
        boolean nameWord = false;
        for (String part : parts) {
            if (known.contains(part)) {
                if (!vocabulary.test(part)) {
                    return Kind.NAME;
                }
                nameWord = true; // a member called "Grant": "grant" the word stays without a cue
            } else if (names.isFirstName(part) && !names.isCommonWord(part)) {
                return Kind.NAME;
            }
        }
        // a taxonomy or community word never turns a name that is also a word ("Grant", "Grace House") into a plain
        // word: those still need a cue
        if (parts.stream().allMatch(p -> !names.isCommonWord(p) && !names.isSurnameWord(p)
                && (names.keepsCapital(p) || community.contains(p)))) {
            return Kind.KEPT;
        }
        if (nameWord || parts.stream().anyMatch(names::isCommonWord)) {
            return Kind.NAME_WORD;
        }
        return parts.stream().anyMatch(names::isSurnameWord) ? Kind.SURNAME_WORD : Kind.OTHER;
    }

    private boolean decide(String text, List<Word> words, int i, boolean[] removed) {
        Word w = words.get(i);
        Word prev = i > 0 && adjacent(text, words.get(i - 1), w) ? words.get(i - 1) : null;
        Word next = i + 1 < words.size() && adjacent(text, w, words.get(i + 1)) ? words.get(i + 1) : null;
        boolean afterTitle = prev != null && cues.titles().contains(prev.folded());
        boolean sentenceStart = sentenceStart(text, w.start());
        switch (w.kind()) {
            case NAME:
                return true;
            case KEPT:
                return false;
            case NAME_WORD:
                return capitalised(w, next, sentenceStart) || contextCue(w, prev, next, i > 0 && removed[i - 1]);
            case SURNAME_WORD:
                return afterTitle || (prev != null && removed[i - 1] && prev.style() == w.style())
                        || (next != null && (cues.family().contains(next.folded()) || cues.school().contains(next.folded())))
                        || (w.style() == Style.CAPITALISED && !sentenceStart);
            default:
                // an everyday word opening a sentence is only capitalised ("Diapers and formula ran out")
                boolean capitalCue = capitalisationCue(w, next, sentenceStart)
                        && !(sentenceStart && w.parts().stream().allMatch(vocabulary));
                return afterTitle && !stopWord.test(w.folded()) || capitalCue
                        || (prev != null && removed[i - 1] && prev.kind() == Kind.NAME && prev.style() == w.style()
                        && unknown(w));
        }
    }

    /** Capitalised mid-sentence, or opening a sentence before another capitalised word or a person's verb. */
    private boolean capitalisationCue(Word w, Word next, boolean sentenceStart) {
        return !names.keepsCapital(w.folded()) && capitalised(w, next, sentenceStart);
    }

    private boolean capitalised(Word w, Word next, boolean sentenceStart) {
        if (w.style() != Style.CAPITALISED) {
            return false;
        }
        return !sentenceStart || (next != null && (next.style() == Style.CAPITALISED && !names.keepsCapital(next.folded())
                || cues.personVerbs().contains(next.raw()) || cues.personVerbs().contains(next.folded())));
    }

    /** A name that is also a word, in any case: after "with" or a title, before "said", possessive, next to a name. */
    private boolean contextCue(Word w, Word prev, Word next, boolean prevRemoved) {
        return w.possessive()
                || (prev != null && (cues.beforeAName().contains(prev.folded()) || prevRemoved || unknown(prev)))
                || (next != null && (cues.afterAName().contains(next.folded()) || next.kind() == Kind.NAME
                || next.kind() == Kind.SURNAME_WORD || unknown(next) || cues.school().contains(next.folded())
                || (next.kind() == Kind.NAME_WORD && next.style() == w.style() && w.style() != Style.LOWER)
                || cues.family().contains(next.folded())));
    }

    /** A word of three letters or more that is no everyday word: most likely a name or a typo. */
    private boolean unknown(Word w) {
        String folded = w.folded();
        return folded.length() >= 3 && w.kind() == Kind.OTHER && !stopWord.test(folded)
                && w.parts().stream().noneMatch(vocabulary) && folded.chars().allMatch(c -> c < 128);
    }

    /** "d'Ange" is the name "Ange" after an elided "de", in a language that elides. */
    private String stripElision(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        if (apostrophe <= 0 || apostrophe >= word.length() - 1 || cues.elisions().isEmpty()) {
            return word;
        }
        String elided = Folding.fold(word.substring(0, apostrophe + 1));
        return cues.elisions().contains(elided) ? word.substring(apostrophe + 1) : word;
    }

    private static String stripPossessive(String word) {
        String w = word;
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        while (w.endsWith("-") || w.endsWith("'") || w.endsWith("’")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.isEmpty() ? word : w;
    }

    private static boolean adjacent(String text, Word word, Word next) {
        return text.substring(word.end(), next.start()).isBlank();
    }

    private static boolean sentenceStart(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '(' || c == '*' || c == '_') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '•' || c == '-' || c == '–'
                    || c == '>';
        }
        return true;
    }
}
