package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a reply before anything else sees it: URLs, e-mail addresses, platform mentions,
 * phone numbers, dates, street addresses, long digit runs and personal names. Each removed span becomes a
 * separator, so words on either side never join into a phrase and nothing removed can become a term.
 * Pure and thread-safe.
 */
final class ReplyAnonymiser {

    static final String GAP = " ; ";

    private static final List<Pattern> PATTERNS = List.of(
            // platform mentions and channel links: <@U123>, <@!123>, <@&role>, <#C123|name>, <!here>
            Pattern.compile("<[@#!][^>\\s]{1,80}>"),
            Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+"),
            Pattern.compile("(?i)[\\w.+%-]+@[\\w-]+(?:\\.[\\w-]+)+"),
            Pattern.compile("(?i)\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|edu|gov|us|ca|uk|io|info|ly)\\b(?:/\\S*)?"),
            Pattern.compile("@[\\p{L}\\d._-]+"),
            // phone numbers: +1 (555) 201-3344, 555.201.3344, 555-3344, with an extension
            Pattern.compile("(?i)(?:\\+?\\d{1,3}[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?:\\s*(?:x|ext\\.?)\\s*\\d{1,6})?"),
            Pattern.compile("\\b\\d{3}[\\s.-]\\d{4}\\b"),
            // dates: 04/12/2011, 2011-04-12, 4.12.11, March 3rd, 2011, 3 March 2011
            Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b"),
            Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4}\\b"),
            Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{2,4}\\b"),
            // street addresses: number, up to four words, a street type, and an optional unit
            Pattern.compile("(?i)\\b\\d{1,6}[a-z]?\\s+(?:[\\p{L}\\d.'-]+\\s+){0,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|"
                    + "lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|"
                    + "trail|trl|crescent|cres|close)\\b\\.?(?:,?\\s*(?:apt|apartment|unit|suite|ste|#)\\.?\\s*[\\w-]+)?"),
            Pattern.compile("(?i)\\b(?:apt|apartment|unit|suite|room|rm)\\.?\\s*#?\\s*\\d[\\w-]*"),
            Pattern.compile("(?i)\\bp\\.?\\s?o\\.?\\s+box\\s+\\d+"),
            Pattern.compile("(?i)\\b[a-z]\\d[a-z]\\s?\\d[a-z]\\d\\b"),
            // ids and any run of four or more digits, with letters or separators around it (#448812, SID-20231145)
            Pattern.compile("(?i)[#\\w-]*\\d[\\d\\s-]{2,}\\d[\\w-]*"),
            Pattern.compile("[#\\w-]*\\d{4,}[\\w-]*"));

    private static final Pattern TITLE_AND_NAME = Pattern.compile(
            "\\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Mister|Madam|Auntie|Aunt|Uncle|Grandma|Grandpa|Coach|Officer|Principal|"
                    + "Judge|Nurse|Pastor|Father|Sister)\\.?\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

    private final NameList names;

    ReplyAnonymiser(NameList names) {
        this.names = names;
    }

    /**
     * @param knownNames display names the platform knows for the channel's members; each of their words is removed
     * @return the text with personal data replaced by separators
     */
    String anonymise(String text, Collection<String> knownNames) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String result = text;
        for (Pattern pattern : PATTERNS) {
            result = pattern.matcher(result).replaceAll(GAP);
        }
        result = TITLE_AND_NAME.matcher(result).replaceAll(GAP);
        return removeNames(result, knownNameWords(knownNames));
    }

    private static Set<String> knownNameWords(Collection<String> knownNames) {
        Set<String> words = new java.util.HashSet<>();
        for (String name : knownNames) {
            Matcher m = WORD.matcher(name == null ? "" : name);
            while (m.find()) {
                if (m.group().length() >= 2) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    private String removeNames(String text, Set<String> known) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            int[] w = words.get(i);
            String word = stripPossessive(text.substring(w[0], w[1]));
            boolean sentenceStart = sentenceStart(text, w[0]);
            boolean nextCapitalised = i + 1 < words.size() && adjacent(text, w, words.get(i + 1))
                    && (isNameLike(text.substring(words.get(i + 1)[0], words.get(i + 1)[1]))
                    || PERSON_VERBS.contains(text.substring(words.get(i + 1)[0], words.get(i + 1)[1])));
            if (isName(word, sentenceStart, nextCapitalised, known)) {
                spans.add(w);
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int[] span : spans) {
            out.append(text, last, span[0]).append(GAP);
            last = span[1];
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * Words that, after a capitalised word opening a sentence, make it a person: "Rosalind said", "Marcus missed".
     * Removing a few ordinary words by mistake is the safe side of this trade.
     */
    private static final Set<String> PERSON_VERBS = Set.of("said", "says", "told", "tells", "asked", "asks", "called",
            "calls", "texted", "emailed", "wrote", "mentioned", "shared", "reported", "explained", "missed", "misses",
            "moved", "lives", "lived", "needs", "needed", "wants", "wanted", "came", "went", "left", "got", "has",
            "had", "was", "is", "and", "or", "from", "at", "in", "who", "whose");

    private boolean isName(String word, boolean sentenceStart, boolean nextCapitalised, Set<String> known) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (known.contains(lower)) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        boolean allCaps = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
        if (names.isFirstName(lower)) {
            // "Hope", "Grace", "Will" are names only with a cue: capitalised mid-sentence, or before a surname
            return !names.isCommonWord(lower) || (capitalised && !allCaps && (!sentenceStart || nextCapitalised));
        }
        if (!capitalised || allCaps || names.keepsCapital(lower)) {
            return false;
        }
        // an unknown capitalised word mid-sentence, or one starting a sentence before another capitalised word or a
        // person's verb, is a name
        return !sentenceStart || nextCapitalised;
    }

    private boolean isNameLike(String word) {
        String bare = stripPossessive(word);
        return Character.isUpperCase(bare.charAt(0)) && !bare.equals(bare.toUpperCase(Locale.ROOT))
                && !names.keepsCapital(bare.toLowerCase(Locale.ROOT));
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

    private static boolean adjacent(String text, int[] word, int[] next) {
        return text.substring(word[1], next[0]).isBlank();
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
