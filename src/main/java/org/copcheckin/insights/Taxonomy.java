package org.copcheckin.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The themes replies are matched to, each with keywords analysed like the replies: a one-word keyword matches
 * its stem anywhere, a keyword of several words matches those stems next to each other. Pure once built.
 */
final class Taxonomy {

    /** A theme as a deployment names it. */
    record Theme(String id, String label, List<String> keywords) {
    }

    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final Map<String, Set<String>> themesByStem = new HashMap<>();
    private final Map<String, List<List<String>>> phrasesByFirstStem = new HashMap<>();
    private final Map<List<String>, Set<String>> themesByPhrase = new HashMap<>();

    Taxonomy(List<Theme> themes, TextAnalysis analysis) {
        for (Theme theme : themes) {
            if (this.themes.put(theme.id(), theme) != null) {
                throw new IllegalArgumentException("Theme id '" + theme.id() + "' appears twice in the taxonomy");
            }
            for (String keyword : theme.keywords()) {
                List<String> stems = analysis.tokens(keyword).stream().map(TextAnalysis.Token::stem).toList();
                int words = keyword.trim().split("\\s+").length;
                if (stems.isEmpty() || (words > 1 && stems.size() < 2)) {
                    continue; // a phrase reduced to one common word would match far too much
                }
                if (stems.size() == 1) {
                    themesByStem.computeIfAbsent(stems.get(0), s -> new LinkedHashSet<>()).add(theme.id());
                } else {
                    phrasesByFirstStem.computeIfAbsent(stems.get(0), s -> new ArrayList<>()).add(stems);
                    themesByPhrase.computeIfAbsent(stems, s -> new LinkedHashSet<>()).add(theme.id());
                }
            }
        }
    }

    static Taxonomy load(InputStream yaml, TextAnalysis analysis) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("themes") instanceof List<?> list)) {
            throw new IllegalArgumentException("The taxonomy needs a top-level 'themes' list");
        }
        List<Theme> themes = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> theme) || theme.get("id") == null || !(theme.get("keywords") instanceof List<?> kws)) {
                throw new IllegalArgumentException("Each taxonomy theme needs an id and a keywords list: " + item);
            }
            String id = String.valueOf(theme.get("id"));
            String label = theme.get("label") == null ? id : String.valueOf(theme.get("label"));
            themes.add(new Theme(id, label, kws.stream().map(String::valueOf).toList()));
        }
        return new Taxonomy(themes, analysis);
    }

    static Taxonomy load(org.springframework.core.io.Resource resource, TextAnalysis analysis) {
        try (InputStream in = resource.getInputStream()) {
            return load(in, analysis);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the theme taxonomy " + resource, e);
        }
    }

    /** The ids of the themes the stems (in reply order) speak to, in taxonomy order. */
    Set<String> match(List<String> stems) {
        Set<String> found = new java.util.HashSet<>();
        for (int i = 0; i < stems.size(); i++) {
            Set<String> single = themesByStem.get(stems.get(i));
            if (single != null) {
                found.addAll(single);
            }
            List<List<String>> phrases = phrasesByFirstStem.get(stems.get(i));
            if (phrases != null) {
                for (List<String> phrase : phrases) {
                    if (startsAt(stems, i, phrase)) {
                        found.addAll(themesByPhrase.get(phrase));
                    }
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        themes.keySet().stream().filter(found::contains).forEach(ordered::add);
        return ordered;
    }

    private static boolean startsAt(List<String> stems, int start, List<String> phrase) {
        if (start + phrase.size() > stems.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!stems.get(start + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    String label(String themeId) {
        Theme theme = themes.get(themeId);
        return theme == null ? themeId : theme.label();
    }

    Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        themes.values().forEach(theme -> labels.put(theme.id(), theme.label()));
        return labels;
    }

    /** Every keyword word, so the anonymiser keeps capitalised ones (Medicaid) rather than taking them for names. */
    Set<String> keywordWords() {
        Set<String> words = new java.util.HashSet<>();
        themes.values().forEach(theme -> theme.keywords().forEach(k -> words.addAll(List.of(k.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")))));
        return words;
    }
}
