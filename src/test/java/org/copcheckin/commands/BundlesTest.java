package org.copcheckin.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the English bundle has its French and Spanish translation in their own bundle (never the English
 * fallback), and a translation that reads exactly like the English is one of a few words that are the same in both
 * languages. The catalogue's summaries and the bundled taxonomy's theme labels are translated too.
 */
class BundlesTest {

    /** Values that are rightly the same as the English: words of both languages, or numbers and names. */
    private static final Set<String> SAME_AS_ENGLISH = Set.of("es:trigger.manual");

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages" + suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyEnglishTextIsTranslatedAndNoneIsLeftInEnglish(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);
        List<String> missing = new ArrayList<>();
        List<String> untranslated = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            if (value == null || value.isBlank()) {
                missing.add(key);
            } else if (value.equals(english.getProperty(key)) && !SAME_AS_ENGLISH.contains(language + ":" + key)) {
                untranslated.add(key);
            }
        }
        assertThat(missing).as("keys missing from messages_" + language).isEmpty();
        assertThat(untranslated).as("values still in English in messages_" + language).isEmpty();
        assertThat(english.stringPropertyNames()).as("the English bundle holds the answers").hasSizeGreaterThan(250);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyTranslationKeepsTheEnglishPlaceholders(String language) throws IOException {
        Properties english = bundle("");
        Properties translated = bundle("_" + language);
        Pattern placeholder = Pattern.compile("\\{\\d}");
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(placeholder, translated.getProperty(key, "")))
                    .as(language + " " + key).isEqualTo(placeholders(placeholder, english.getProperty(key)));
        }
    }

    private static Set<String> placeholders(Pattern placeholder, String text) {
        Set<String> found = new java.util.TreeSet<>();
        Matcher matcher = placeholder.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "es"})
    void everyCommandSaysWhatItDoesInTheLanguage(String language) throws IOException {
        Properties translated = bundle("_" + language);
        for (Subcommand row : CatalogueFixtures.withoutServices().rows()) {
            String summary = translated.getProperty("summary." + row.metricName());
            assertThat(summary).as(language + " summary of " + row.key()).isNotBlank().isNotEqualTo(row.summary());
        }
    }

    @Test
    void everyThemeOfTheBundledTaxonomyHasAFrenchAndASpanishLabel() throws IOException {
        String taxonomy;
        try (InputStream in = BundlesTest.class.getResourceAsStream("/insights/taxonomy.yml")) {
            taxonomy = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher id = Pattern.compile("(?m)^  - id: (\\S+)\\s*$").matcher(taxonomy);
        List<String> ids = new ArrayList<>();
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).hasSize(16);
        Properties fr = bundle("_fr");
        Properties es = bundle("_es");
        for (String theme : ids) {
            assertThat(fr.getProperty("theme." + theme)).as("fr " + theme).isNotBlank();
            assertThat(es.getProperty("theme." + theme)).as("es " + theme).isNotBlank();
        }
    }
}
