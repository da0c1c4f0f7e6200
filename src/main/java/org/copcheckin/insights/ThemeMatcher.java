package org.copcheckin.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which themes a reply is about, from the taxonomy's rules: a theme's {@code keywords} are each enough on
 * their own; a {@code together} rule needs a phrase from every one of its groups in the same sentence ("parents" and
 * "don't come", not "parents" alone); a {@code not} phrase (the theme's own, or the taxonomy's for every theme)
 * cancels any keyword or group phrase it overlaps ("youth worker", "staff meeting"). Runs on the request thread
 * before the platform's acknowledgement: one pass of Lucene's tokenizer and hash look-ups per word. Pure and
 * thread-safe once built; keeps nothing of the text.
 */
final class ThemeMatcher {

    private enum Role { KEYWORD, GROUP, NOT }

    /** A phrase and what it is evidence of; {@code theme} -1 is a taxonomy-wide {@code not}. */
    private record Entry(ThemePattern pattern, int theme, Role role, int rule, int group) {
    }

    private record Hit(Entry entry, int start, int end) {
        boolean overlaps(Hit other) {
            return start < other.end && other.start < end;
        }
    }

    private final List<Taxonomy.Theme> themes;
    private final Map<String, List<Entry>> byFirstStem = new HashMap<>();
    private final List<Entry> byNumber = new ArrayList<>();
    private final Set<String> added = new java.util.HashSet<>();

    ThemeMatcher(List<Taxonomy.Theme> themes, List<String> notForAny) {
        this.themes = List.copyOf(themes);
        notForAny.forEach(phrase -> add(phrase, -1, Role.NOT, 0, 0));
        for (int t = 0; t < this.themes.size(); t++) {
            Taxonomy.Theme theme = this.themes.get(t);
            for (String keyword : theme.keywords()) {
                add(keyword, t, Role.KEYWORD, 0, 0);
            }
            for (int r = 0; r < theme.together().size(); r++) {
                List<List<String>> groups = theme.together().get(r);
                for (int g = 0; g < groups.size(); g++) {
                    for (String phrase : groups.get(g)) {
                        add(phrase, t, Role.GROUP, r, g);
                    }
                }
            }
            for (String phrase : theme.not()) {
                add(phrase, t, Role.NOT, 0, 0);
            }
        }
    }

    private void add(String written, int theme, Role role, int rule, int group) {
        ThemePattern.parse(written).ifPresent(pattern -> {
            if (!added.add(theme + " " + role + " " + rule + " " + group + " " + pattern.signature())) {
                return; // another spelling of a phrase already there
            }
            Entry entry = new Entry(pattern, theme, role, rule, group);
            if (pattern.firstStem() == null) {
                byNumber.add(entry);
            } else {
                byFirstStem.computeIfAbsent(pattern.firstStem(), s -> new ArrayList<>()).add(entry);
            }
        });
    }

    /** The ids of the themes the (anonymised) reply is about, in taxonomy order. */
    Set<String> themesOf(String text) {
        return evidence(text).keySet();
    }

    /** As {@link #themesOf(String)}, of a text already read into sentences. */
    Set<String> themesOf(List<ThemeText.Sentence> sentences) {
        return evidence(sentences).keySet();
    }

    /**
     * The themes the reply is about, in taxonomy order, each with the phrases that decided it: a keyword's, or
     * the phrases of a {@code together} rule whose groups all appeared in one sentence.
     */
    Map<String, List<String>> evidence(String text) {
        return evidence(ThemeText.sentences(text));
    }

    /** As {@link #evidence(String)}, of a text already read into sentences. */
    Map<String, List<String>> evidence(List<ThemeText.Sentence> sentences) {
        List<List<String>> found = new ArrayList<>();
        themes.forEach(theme -> found.add(null));
        for (ThemeText.Sentence sentence : sentences) {
            List<Hit> hits = evidence(sentence);
            Map<Long, Integer> groupsSeen = new HashMap<>();
            Map<Long, List<String>> rulePhrases = new HashMap<>();
            for (Hit hit : hits) {
                Entry e = hit.entry();
                if (e.role() == Role.KEYWORD) {
                    add(found, e.theme(), "keyword:" + e.pattern().signature());
                } else {
                    long key = ((long) e.theme() << 32) | e.rule();
                    groupsSeen.merge(key, 1 << e.group(), (a, b) -> a | b);
                    rulePhrases.computeIfAbsent(key, k -> new ArrayList<>()).add("rule" + e.rule() + ":" + e.pattern().signature());
                }
            }
            groupsSeen.forEach((key, seen) -> {
                int theme = (int) (key >> 32);
                int groups = themes.get(theme).together().get((int) (long) key).size();
                if (seen == (1 << groups) - 1) {
                    rulePhrases.get(key).forEach(phrase -> add(found, theme, phrase));
                }
            });
        }
        Map<String, List<String>> byTheme = new java.util.LinkedHashMap<>();
        for (int t = 0; t < found.size(); t++) {
            if (found.get(t) != null) {
                byTheme.put(themes.get(t).id(), List.copyOf(found.get(t)));
            }
        }
        return byTheme;
    }

    private static void add(List<List<String>> found, int theme, String phrase) {
        if (found.get(theme) == null) {
            found.set(theme, new ArrayList<>());
        }
        if (!found.get(theme).contains(phrase)) {
            found.get(theme).add(phrase);
        }
    }

    /** Keyword and group phrases found in the sentence that no {@code not} phrase cancels. */
    private List<Hit> evidence(ThemeText.Sentence sentence) {
        List<Hit> hits = new ArrayList<>();
        String[] stems = sentence.stems();
        for (int i = 0; i < stems.length; i++) {
            collect(hits, byFirstStem.get(stems[i]), sentence, i);
            if (!byNumber.isEmpty() && !stems[i].isEmpty() && Character.isDigit(stems[i].charAt(0))) {
                collect(hits, byNumber, sentence, i);
            }
        }
        List<Hit> nots = hits.stream().filter(h -> h.entry().role() == Role.NOT).toList();
        if (nots.isEmpty()) {
            return hits;
        }
        return hits.stream().filter(h -> h.entry().role() != Role.NOT && nots.stream().noneMatch(n ->
                (n.entry().theme() == -1 || n.entry().theme() == h.entry().theme()) && n.overlaps(h))).toList();
    }

    private static void collect(List<Hit> hits, List<Entry> entries, ThemeText.Sentence sentence, int start) {
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            int end = entry.pattern().matchEnd(sentence, start);
            if (end > start) {
                hits.add(new Hit(entry, start, end));
            }
        }
    }
}
