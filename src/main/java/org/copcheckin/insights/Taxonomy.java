package org.copcheckin.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The themes replies are matched to, as a deployment writes them in YAML (see the bundled {@code taxonomy.yml}).
 * Each theme has {@code keywords}, each enough on its own, and may have {@code together} rules ("family-members +
 * reaching": a phrase of each named group in one sentence) and {@code not} phrases that cancel what they overlap.
 * A taxonomy of keywords alone works as well. Matching is {@link ThemeMatcher}'s. Pure once built.
 */
final class Taxonomy {

    /**
     * A theme as a deployment names it.
     *
     * @param together rules, each a list of groups of phrases, one phrase of every group needed in a sentence
     */
    record Theme(String id, String label, List<String> keywords, List<List<List<String>>> together, List<String> not) {

        Theme(String id, String label, List<String> keywords) {
            this(id, label, keywords, List.of(), List.of());
        }
    }

    /** The languages besides English whose keywords a taxonomy may carry ({@code keywords_fr}, {@code keywords_es}). */
    static final List<String> TRANSLATED = List.of("fr", "es");

    private final Map<String, Theme> themes = new LinkedHashMap<>();
    private final ThemeMatcher matcher;
    private final Map<String, Map<String, List<String>>> translations = new LinkedHashMap<>();

    Taxonomy(List<Theme> themes, List<String> notForAny) {
        for (Theme theme : themes) {
            if (this.themes.put(theme.id(), theme) != null) {
                throw new IllegalArgumentException("Theme id '" + theme.id() + "' appears twice in the taxonomy");
            }
        }
        this.matcher = new ThemeMatcher(themes, notForAny);
    }

    static Taxonomy load(InputStream yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("themes") instanceof List<?> list)) {
            throw new IllegalArgumentException("The taxonomy needs a top-level 'themes' list");
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (map.get("groups") instanceof Map<?, ?> named) {
            named.forEach((name, words) -> groups.put(String.valueOf(name), strings(words, "group " + name)));
        }
        List<Theme> themes = new ArrayList<>();
        Map<String, Map<String, List<String>>> translations = new LinkedHashMap<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> theme) || theme.get("id") == null || !(theme.get("keywords") instanceof List<?>)) {
                throw new IllegalArgumentException("Each taxonomy theme needs an id and a keywords list: " + item);
            }
            String id = String.valueOf(theme.get("id"));
            String label = theme.get("label") == null ? id : String.valueOf(theme.get("label"));
            List<List<List<String>>> together = new ArrayList<>();
            for (String rule : strings(theme.get("together"), "together of theme " + id)) {
                together.add(rule(rule, groups, id));
            }
            themes.add(new Theme(id, label, strings(theme.get("keywords"), "keywords of theme " + id), together,
                    strings(theme.get("not"), "not of theme " + id)));
            for (String language : TRANSLATED) {
                List<String> keywords = strings(theme.get("keywords_" + language), "keywords_" + language + " of theme " + id);
                if (!keywords.isEmpty()) {
                    translations.computeIfAbsent(language, l -> new LinkedHashMap<>()).put(id, keywords);
                }
            }
        }
        Taxonomy taxonomy = new Taxonomy(themes, strings(map.get("not"), "not"));
        taxonomy.translations.putAll(translations);
        return taxonomy;
    }

    static Taxonomy load(org.springframework.core.io.Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the theme taxonomy " + resource, e);
        }
    }

    private static List<List<String>> rule(String rule, Map<String, List<String>> groups, String themeId) {
        List<List<String>> parts = new ArrayList<>();
        for (String name : rule.split("\\+")) {
            List<String> group = groups.get(name.strip());
            if (group == null) {
                throw new IllegalArgumentException("Theme " + themeId + " uses the group '" + name.strip()
                        + "', which the taxonomy's 'groups' does not define");
            }
            parts.add(group);
        }
        return List.copyOf(parts);
    }

    private static List<String> strings(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("The taxonomy's " + what + " must be a list: " + value);
        }
        for (Object item : list) {
            if (item == null || item instanceof Boolean || item instanceof Map<?, ?> || item instanceof List<?>) {
                throw new IllegalArgumentException("The taxonomy's " + what + " has " + item + " where a phrase "
                        + "belongs; quote words YAML reads otherwise, such as 'no', 'yes', 'on' and 'off'");
            }
        }
        return list.stream().map(String::valueOf).toList();
    }

    /**
     * The taxonomy a community of that language matches with: the same theme ids and labels, with the theme's
     * translated keywords ({@code keywords_fr}); English is this one. A theme without translated keywords is not
     * matched in that language.
     */
    Taxonomy in(String language) {
        if ("en".equals(language)) {
            return this;
        }
        Map<String, List<String>> keywords = translations.getOrDefault(language, Map.of());
        List<Theme> translated = themes.values().stream()
                .map(theme -> new Theme(theme.id(), org.copcheckin.community.Language.fromCode(language)
                        .map(l -> l.themeLabel(theme.id(), theme.label())).orElse(theme.label()),
                        keywords.getOrDefault(theme.id(), List.of())))
                .toList();
        return new Taxonomy(translated, List.of());
    }

    /** The ids of the themes the (anonymised) reply is about, in taxonomy order. */
    Set<String> themesOf(String text) {
        return matcher.themesOf(text);
    }

    /** The themes the rules find in a reply already read into sentences. */
    Set<String> themesOf(List<ThemeText.Sentence> sentences) {
        return matcher.themesOf(sentences);
    }

    /** The themes of the (anonymised) reply, each with the phrases that decided it (for tuning a taxonomy). */
    Map<String, List<String>> evidence(String text) {
        return matcher.evidence(text);
    }

    /** The rules' evidence in a reply already read into sentences. */
    Map<String, List<String>> evidence(List<ThemeText.Sentence> sentences) {
        return matcher.evidence(sentences);
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

    /** Each theme's keywords of one word ("eviction", "=staffing" as "staffing"), for the answer families. */
    Map<String, List<String>> oneWordKeywords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        themes.values().forEach(theme -> words.put(theme.id(), theme.keywords().stream()
                .map(k -> k.strip().toLowerCase(Locale.ROOT))
                .map(k -> k.startsWith("=") ? k.substring(1) : k)
                .filter(k -> k.length() >= 3 && k.chars().allMatch(Character::isLetter)).distinct().toList()));
        return words;
    }

    /** Every keyword word, so the anonymiser keeps capitalised ones (Medicaid) rather than taking them for names. */
    Set<String> keywordWords() {
        Set<String> words = new HashSet<>();
        themes.values().forEach(theme -> theme.keywords().forEach(k -> words.addAll(List.of(
                k.toLowerCase(Locale.ROOT).replace("...", " ").replace("*", " ").replace("=", " ").strip().split("[\\s-]+")))));
        words.removeIf(w -> w.isEmpty() || !Character.isLetter(w.charAt(0)));
        return words;
    }
}
