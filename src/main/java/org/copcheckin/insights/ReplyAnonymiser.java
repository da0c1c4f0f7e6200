package org.copcheckin.insights;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.copcheckin.care.PersonalData;

/**
 * Removes personal data from a reply before anything else sees it: URLs, e-mail addresses, platform mentions,
 * phone numbers, dates, street addresses, long digit runs and personal names. Each removed span becomes a
 * separator, so words on either side never join into a phrase and nothing removed can become a term.
 * Pure and thread-safe.
 */
final class ReplyAnonymiser {

    static final String GAP = " ; ";

    private static final List<Rule> RULES = List.of(
            // each pattern starts only where a run of its characters starts (the look-behinds): tried at every
            // character of a long word, a greedy run would read the rest of the word each time; dotted names are one
            // run of characters, not a repeated group, which Java matches by recursion (a stack overflow on a.a.a...)
            // platform mentions and channel links: <@U123>, <@!123>, <@&role>, <#C123|name>, <!here>
            new Rule(null, Pattern.compile("<[@#!][^>\\s]{1,80}>")),
            new Rule(null, Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+")),
            new Rule(PersonalData.EMAIL, Pattern.compile("(?i)(?<![\\w.+%-])[\\w.+%-]+@[\\w-]+\\.[\\w.-]*[\\w-]")),
            new Rule(null, Pattern.compile("(?i)(?<![\\w-]|[\\w-]\\.)[\\w-][\\w.-]*\\.(?:com|org|net|edu|gov|us|ca|uk|io|info|ly)\\b(?:/\\S*)?")),
            new Rule(null, Pattern.compile("@[\\p{L}\\d._-]+")),
            // phone numbers: +1 (555) 201-3344, 555.201.3344, 555-3344, with an extension
            new Rule(PersonalData.PHONE, Pattern.compile("(?i)(?:\\+?\\d{1,3}[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(?:\\s*(?:x|ext\\.?)\\s*\\d{1,6})?")),
            new Rule(PersonalData.PHONE, Pattern.compile("\\b\\d{3}[\\s.-]\\d{4}\\b")),
            // dates: 04/12/2011, 2011-04-12, 4.12.11, March 3rd, 2011, 3 March 2011
            new Rule(null, Pattern.compile("\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\b")),
            new Rule(null, Pattern.compile("(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{2,4}\\b")),
            new Rule(null, Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{2,4}\\b")),
            // street addresses: number, up to four words, a street type, and an optional unit
            new Rule(PersonalData.ADDRESS, Pattern.compile("(?i)\\b\\d{1,6}[a-z]?\\s+(?:[\\p{L}\\d.'-]+\\s+){0,4}?(?:street|st|avenue|ave|road|rd|boulevard|blvd|"
                    + "lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|square|sq|"
                    + "trail|trl|crescent|cres|close)\\b\\.?(?:,?\\s*(?:apt|apartment|unit|suite|ste|#)\\.?\\s*[\\w-]+)?")),
            new Rule(PersonalData.ADDRESS, Pattern.compile("(?i)\\b(?:apt|apartment|unit|suite|room|rm)\\.?\\s*#?\\s*\\d[\\w-]*")),
            new Rule(PersonalData.ADDRESS, Pattern.compile("(?i)\\bp\\.?\\s?o\\.?\\s+box\\s+\\d+")),
            new Rule(PersonalData.ADDRESS, Pattern.compile("(?i)\\b[a-z]\\d[a-z]\\s?\\d[a-z]\\d\\b")),
            // ids and any run of four or more digits, with letters or separators around it (#448812, SID-20231145)
            new Rule(PersonalData.ID, Pattern.compile("(?i)(?<![#\\w-])[#\\w-]*\\d[\\d\\s-]{2,}\\d[\\w-]*")),
            new Rule(PersonalData.ID, Pattern.compile("(?<![#\\w-])[#\\w-]*\\d{4,}[\\w-]*")));

    /** The patterns alone, for the test that each reads a hostile reply in linear time. */
    static final List<Pattern> PATTERNS = RULES.stream().map(Rule::pattern).toList();

    static final Pattern TITLE_AND_NAME = NameCues.ENGLISH.titleAndName();
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*");

    /** A pattern of personal data and the kind it reports, none for what is not about a person (links, dates). */
    private record Rule(PersonalData kind, Pattern pattern) {
    }

    /** The text with personal data replaced by separators, and the kinds that were removed (never their values). */
    record Anonymised(String text, Set<PersonalData> removed) {
    }

    private final NameRemoval names;
    private final Pattern titleAndName;

    ReplyAnonymiser(NameList names) {
        this(names, Vocabulary.bundled(Vocabulary.DEFAULT_LANGUAGE, Set.of()));
    }

    /** Sets of known names this large are worked into words once and kept while the adapter hands the same set. */
    private static final int MEMO_FROM = 64;

    private volatile KnownWords lastKnownWords;
    private final Object memoLock = new Object();
    /** How many large sets of names were worked into words, for the tests. */
    private final java.util.concurrent.atomic.AtomicInteger setsWorked = new java.util.concurrent.atomic.AtomicInteger();

    ReplyAnonymiser(NameList names, Vocabulary vocabulary) {
        this(names, vocabulary, NameCues.ENGLISH);
    }

    /** @param cues the name cues of the language the community is analysed in */
    ReplyAnonymiser(NameList names, Vocabulary vocabulary, NameCues cues) {
        org.apache.lucene.analysis.CharArraySet stopWords = TextAnalysis.StopWords.set();
        this.names = new NameRemoval(names, vocabulary::contains, stopWords::contains, cues);
        this.titleAndName = cues.titleAndName();
    }

    /**
     * @param knownNames names the platform knows for the channel's members (display names, real names,
     *                   usernames); each of their words is removed
     * @return the text with personal data replaced by separators
     */
    String anonymise(String text, Collection<String> knownNames) {
        return anonymise(text, knownNames, CommunityWords.NONE);
    }

    /** @param community the community's own words, which are never taken for names */
    String anonymise(String text, Collection<String> knownNames, CommunityWords community) {
        return anonymiseReporting(text, knownNames, community).text();
    }

    /**
     * As {@link #anonymise(String, Collection, CommunityWords)}, also telling which kinds of personal data were
     * removed; a member's own name (a known name) is not reported, another person's is.
     */
    Anonymised anonymiseReporting(String text, Collection<String> knownNames, CommunityWords community) {
        if (text == null || text.isBlank()) {
            return new Anonymised("", Set.of());
        }
        EnumSet<PersonalData> removed = EnumSet.noneOf(PersonalData.class);
        String result = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(result);
            if (m.find()) {
                if (rule.kind() != null) {
                    removed.add(rule.kind());
                }
                result = m.replaceAll(GAP);
            }
        }
        Set<String> known = knownWords(knownNames);
        Matcher titled = titleAndName.matcher(result);
        if (titled.find()) {
            removed.add(PersonalData.NAME);
            result = titled.replaceAll(GAP);
        }
        NameRemoval.Removed names = this.names.removeReporting(result, known, community);
        if (names.otherThanMembers()) {
            removed.add(PersonalData.NAME);
        }
        return new Anonymised(names.text(), Collections.unmodifiableSet(removed));
    }

    /**
     * The words of a large workspace's names, worked out once per set: an adapter hands the same set to every
     * reply until someone's name changes, so a workspace of thousands costs one pass, not one per reply.
     */
    private Set<String> knownWords(Collection<String> knownNames) {
        if (knownNames.size() < MEMO_FROM) {
            return knownNameWords(knownNames);
        }
        KnownWords last = lastKnownWords;
        if (last != null && last.names() == knownNames) {
            return last.words();
        }
        // right after a start, the first replies of a large workspace arrive together: one of them works the
        // set into words and the others take them, rather than every request thread doing the same work at once
        synchronized (memoLock) {
            last = lastKnownWords;
            if (last != null && last.names() == knownNames) {
                return last.words();
            }
            Set<String> words = knownNameWords(knownNames);
            lastKnownWords = new KnownWords(knownNames, words);
            setsWorked.incrementAndGet();
            return words;
        }
    }

    int setsWorked() {
        return setsWorked.get();
    }

    private record KnownWords(Collection<String> names, Set<String> words) {
    }

    /** Every word of every known name, folded: "Dana Whitfield", "dana.whitfield" and "Mensah-Boateng" alike. */
    static Set<String> knownNameWords(Collection<String> knownNames) {
        Set<String> words = new java.util.HashSet<>();
        for (String name : knownNames) {
            Matcher m = NAME_WORD.matcher(name == null ? "" : name);
            while (m.find()) {
                if (m.group().length() >= 2) {
                    words.add(Folding.fold(m.group()));
                }
            }
        }
        return Set.copyOf(words);
    }
}
