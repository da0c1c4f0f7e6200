package org.copcheckin.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words the anonymiser needs: first names (from a bundled list), names that are also everyday words and
 * so need a capitalisation cue, and capitalised words that are not names (days, months, languages, and the
 * taxonomy's own keywords such as Medicaid).
 */
final class NameList {

    static final String DEFAULT_RESOURCE = "/insights/first-names.txt";
    static final String NAME_WORDS_RESOURCE = "/insights/name-words.txt";
    static final String SURNAME_WORDS_RESOURCE = "/insights/surname-words.txt";

    private static final Set<String> COMMON_WORDS = Set.of("hope", "grace", "will", "joy", "faith", "mark", "april",
            "may", "june", "august", "bill", "rob", "sue", "pat", "art", "rose", "amber", "summer", "dawn", "jack",
            "frank", "carol", "dean", "ray", "drew", "chase", "hunter", "miles", "grant", "ruby", "lily", "violet",
            "willow", "angel", "crystal", "destiny", "eden", "ivy", "iris", "autumn", "sky", "star", "jay", "lee",
            "love", "page", "penny", "river", "sage", "trinity", "jean", "jade", "harmony", "robin", "cooper", "max",
            "don", "guy", "patience", "charity", "honor", "sunny", "cash", "reed", "wade", "earl", "norman", "ernest",
            "victor", "justice", "bishop", "king", "major", "precious", "blessing", "gift", "happy", "hazel", "heather",
            // nicknames that are also words
            "memo", "buddy", "junior", "sonny", "bud", "bubba", "sissy", "peanut", "cookie", "boo");

    private static final Set<String> CAPITALISED_WORDS = Set.of("i", "i'm", "i've", "i'd", "i'll", "ok", "okay",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "english", "spanish", "french", "arabic", "somali", "haitian", "creole",
            "vietnamese", "mandarin", "cantonese", "portuguese", "ukrainian", "russian", "tagalog", "punjabi",
            "black", "latino", "latina", "latinx", "hispanic", "indigenous", "native", "american", "asian", "roma",
            "sioux", "cheyenne",
            "first", "nations", "inuit", "metis", "god", "christmas", "thanksgiving", "easter", "ramadan", "eid",
            "covid", "zoom", "teams", "slack", "discord", "google", "excel", "state", "county", "city", "federal",
            "district", "school", "board", "department", "title", "section", "head", "start", "high", "middle",
            "elementary", "community", "youth", "family", "families", "child", "children", "services", "service",
            "health", "mental", "shelter", "housing", "authority", "center", "centre", "program", "office");

    private final Set<String> firstNames;
    private final Set<String> nameWords;
    private final Set<String> keepCapital;
    private final Set<String> surnameWords;

    /**
     * @param firstNames           names removed whatever their case
     * @param nameWords            names that are also everyday words, removed only with a capitalisation cue
     * @param moreCapitalisedWords words that may be capitalised without being names (the taxonomy's keywords)
     */
    NameList(Set<String> firstNames, Set<String> nameWords, Collection<String> moreCapitalisedWords) {
        this(firstNames, nameWords, Set.of(), moreCapitalisedWords);
    }

    /**
     * @param surnameWords surnames that are also everyday words, removed only with a surname cue
     */
    NameList(Set<String> firstNames, Set<String> nameWords, Set<String> surnameWords,
             Collection<String> moreCapitalisedWords) {
        this.surnameWords = fold(surnameWords);
        firstNames = fold(firstNames);
        nameWords = fold(nameWords);
        moreCapitalisedWords = fold(moreCapitalisedWords);
        Set<String> words = new HashSet<>(COMMON_WORDS);
        words.addAll(nameWords);
        // a deployment's own taxonomy keyword that is also a name ("Molly") is removed only with a cue, so its
        // theme can still match in lower case
        moreCapitalisedWords.stream().map(word -> word.toLowerCase(Locale.ROOT))
                .filter(firstNames::contains).forEach(words::add);
        this.nameWords = Set.copyOf(words);
        Set<String> names = new HashSet<>(firstNames);
        names.addAll(words);
        this.firstNames = Set.copyOf(names);
        Set<String> keep = new HashSet<>(CAPITALISED_WORDS);
        moreCapitalisedWords.forEach(word -> keep.add(word.toLowerCase(Locale.ROOT)));
        this.keepCapital = Set.copyOf(keep);
    }

    /** The bundled list, with the taxonomy's keywords kept when capitalised. */
    static NameList bundled(Collection<String> taxonomyWords) {
        return bundled(taxonomyWords, Set.of());
    }

    /**
     * @param languageNameWords a language's given names that are also its everyday words ("paz", "blanche"): they
     *                          are removed with a cue; one that is in the first-name list stays removed whatever its
     *                          case (it is no vocabulary word either)
     */
    static NameList bundled(Collection<String> taxonomyWords, Set<String> languageNameWords) {
        Set<String> firstNames = resource(DEFAULT_RESOURCE);
        Set<String> nameWords = new HashSet<>(resource(NAME_WORDS_RESOURCE));
        languageNameWords.stream().filter(word -> !firstNames.contains(word)).forEach(nameWords::add);
        return new NameList(firstNames, nameWords, resource(SURNAME_WORDS_RESOURCE), taxonomyWords);
    }

    private static Set<String> fold(Collection<String> words) {
        Set<String> folded = new HashSet<>(words.size() * 2);
        words.forEach(word -> folded.add(Folding.fold(word)));
        return folded;
    }

    private static Set<String> resource(String name) {
        try (InputStream in = NameList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> read(InputStream in) throws IOException {
        Set<String> names = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String name = line.strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    boolean isFirstName(String lowerCaseWord) {
        return firstNames.contains(lowerCaseWord);
    }

    /** A first name that is also an everyday word, removed only with a capitalisation cue. */
    boolean isCommonWord(String lowerCaseWord) {
        return nameWords.contains(lowerCaseWord);
    }

    /** A surname that is also an everyday word ("long", "brown"), removed only with a surname cue. */
    boolean isSurnameWord(String foldedWord) {
        return surnameWords.contains(foldedWord);
    }

    /** A word that may be capitalised without being a name. */
    boolean keepsCapital(String lowerCaseWord) {
        return keepCapital.contains(lowerCaseWord);
    }
}
