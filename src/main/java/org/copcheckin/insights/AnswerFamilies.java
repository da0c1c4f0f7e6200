package org.copcheckin.insights;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One-word answers grouped by meaning, so a small community's "exhausted", "tired" and "drained" read as one thing:
 * "Tired and drained (4): drained, exhausted, tired". Families of feelings come from WordNet 3.1 through the bundled
 * {@code answer-families.txt}; each theme of the taxonomy adds a family of its one-word keywords ("eviction" belongs
 * to Housing and landlords), after the feelings. A word is in one family at most. Words are looked up as typed or
 * by their stem (what the trend store keeps). Pure and thread-safe once built.
 */
public final class AnswerFamilies {

    static final String BUNDLED = "/insights/answer-families.txt";

    /**
     * A family a person would recognise.
     *
     * @param id      stable: a feeling's name ("tired") or "theme:" and a theme id ("theme:housing")
     * @param label   how a digest names it ("Tired and drained")
     * @param members its words, alphabetically
     */
    public record Family(String id, String label, List<String> members) {

        public Family {
            members = List.copyOf(members);
        }

        /** Its words that may be shown (those of the closed vocabulary), alphabetically. */
        public List<String> members(Predicate<String> mayBeShown) {
            return members.stream().filter(mayBeShown).toList();
        }
    }

    /**
     * A family given by at least k people in a period.
     *
     * @param words the family's words people gave that may be shown, alphabetically and without counts
     */
    public record FamilyLine(Family family, int people, List<String> words) {
    }

    /**
     * @param families  families given by at least k people, most people first
     * @param ungrouped the other words with their counts, as given: words of no family, or of a family below k
     */
    public record Grouped(List<FamilyLine> families, Map<String, Integer> ungrouped) {
    }

    private final List<Family> families;
    private final Map<String, Family> byForm = new HashMap<>();
    private final Map<String, Family> byStem = new HashMap<>();
    private final Map<String, String> spellingByKey = new HashMap<>();

    AnswerFamilies(List<Family> families) {
        List<Family> kept = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Family family : families) {
            // a word already in an earlier family stays there: feelings come before themes
            List<String> members = family.members().stream().map(w -> w.toLowerCase(Locale.ROOT))
                    .filter(taken::add).sorted().toList();
            if (members.isEmpty()) {
                continue;
            }
            Family f = new Family(family.id(), family.label(), members);
            kept.add(f);
            for (String word : members) {
                byForm.put(word, f);
                spellingByKey.put(word, word);
                String stem = stem(word);
                byStem.putIfAbsent(stem, f);
                spellingByKey.putIfAbsent(stem, word);
            }
        }
        this.families = List.copyOf(kept);
    }

    /** The bundled feelings, then the taxonomy's themes. */
    static AnswerFamilies bundled(Taxonomy taxonomy) {
        try (InputStream in = AnswerFamilies.class.getResourceAsStream(BUNDLED)) {
            return load(in, taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BUNDLED, e);
        }
    }

    static AnswerFamilies load(InputStream lexicon, Taxonomy taxonomy) throws IOException {
        List<Family> families = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(lexicon, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 3) {
                throw new IllegalArgumentException("An answer family needs an id, a label and members: " + line);
            }
            families.add(new Family(cells[0], cells[1], List.of(cells[2].split(",\\s*"))));
        }
        taxonomy.oneWordKeywords().forEach((themeId, words) ->
                families.add(new Family("theme:" + themeId, taxonomy.label(themeId), words)));
        return new AnswerFamilies(families);
    }

    /** Every family, feelings first, in lexicon then taxonomy order. */
    public List<Family> families() {
        return families;
    }

    /** The family of a word as typed ("Exhausted") or as the trend store keeps it (its stem, "exhaust"). */
    public Optional<Family> familyOf(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String lower = word.strip().toLowerCase(Locale.ROOT);
        Family family = byForm.get(lower);
        return Optional.ofNullable(family != null ? family : byStem.get(stem(lower)));
    }

    /**
     * Groups a period's one-word answers. A family's people are the sum of its words' people, which is exact when
     * each person gave one answer; with distinct people at hand use {@link #groupPeople}.
     *
     * @param peoplePerWord people per word (as typed or as stems)
     * @param mayBeShown    whether a word may be listed (the closed vocabulary)
     */
    public Grouped group(Map<String, Integer> peoplePerWord, int communityK, Predicate<String> mayBeShown) {
        Map<Family, Integer> people = new LinkedHashMap<>();
        peoplePerWord.forEach((word, n) -> familyOf(word).ifPresent(f -> people.merge(f, n, Integer::sum)));
        return grouped(peoplePerWord, people, communityK, mayBeShown);
    }

    /** As {@link #group}, counting each person once per family however many of its words they gave. */
    public <P> Grouped groupPeople(Map<String, ? extends Collection<P>> peopleByWord, int communityK,
                                   Predicate<String> mayBeShown) {
        Map<Family, Set<P>> distinct = new LinkedHashMap<>();
        peopleByWord.forEach((word, who) -> familyOf(word).ifPresent(f ->
                distinct.computeIfAbsent(f, x -> new HashSet<>()).addAll(who)));
        Map<Family, Integer> people = new LinkedHashMap<>();
        distinct.forEach((family, who) -> people.put(family, who.size()));
        Map<String, Integer> perWord = new LinkedHashMap<>();
        peopleByWord.forEach((word, who) -> perWord.put(word, new HashSet<>(who).size()));
        return grouped(perWord, people, communityK, mayBeShown);
    }

    private Grouped grouped(Map<String, Integer> perWord, Map<Family, Integer> people, int k,
                            Predicate<String> mayBeShown) {
        Map<Family, List<String>> given = new HashMap<>();
        Map<String, Family> familyByWord = new HashMap<>();
        perWord.keySet().forEach(word -> familyOf(word).ifPresent(family -> {
            familyByWord.put(word, family);
            given.computeIfAbsent(family, f -> new ArrayList<>()).add(spelling(word));
        }));
        List<FamilyLine> lines = new ArrayList<>();
        people.forEach((family, n) -> {
            if (KAnonymity.shows(n, k)) {
                lines.add(new FamilyLine(family, n,
                        given.get(family).stream().distinct().filter(mayBeShown).sorted().toList()));
            }
        });
        lines.sort(Comparator.comparingInt(FamilyLine::people).reversed()
                .thenComparing(line -> line.family().label()));
        Set<Family> shown = new HashSet<>();
        lines.forEach(line -> shown.add(line.family()));
        Map<String, Integer> ungrouped = new LinkedHashMap<>();
        perWord.forEach((word, n) -> {
            if (!shown.contains(familyByWord.get(word))) {
                ungrouped.put(word, n);
            }
        });
        return new Grouped(lines, ungrouped);
    }

    /** The family's own spelling of a word given as typed or as a stem ("exhaust" is listed as "exhausted"). */
    private String spelling(String word) {
        String lower = word.strip().toLowerCase(Locale.ROOT);
        String spelling = spellingByKey.get(lower);
        return spelling != null ? spelling : spellingByKey.getOrDefault(stem(lower), lower);
    }

    private static String stem(String word) {
        String[] stems = ThemeText.words(word).stems();
        return stems.length == 1 ? stems[0] : word;
    }
}
