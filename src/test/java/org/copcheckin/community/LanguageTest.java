package org.copcheckin.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LanguageTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LanguageTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndSpanishTranslateEveryEnglishKeyAndKeepItsPlaceholders() throws IOException {
        Properties english = bundle("");
        for (String suffix : new String[] {"_fr", "_es"}) {
            Properties translated = bundle(suffix);
            // summary.* and theme.* translate the catalogue's rows and the bundled taxonomy, whose English is theirs
            assertThat(translated.stringPropertyNames().stream()
                    .filter(key -> !key.startsWith("summary.") && !key.startsWith("theme.")).toList())
                    .as(suffix).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                for (int i = 0; i < 4; i++) {
                    String placeholder = "{" + i + "}";
                    assertThat(translated.getProperty(key).contains(placeholder)).as(suffix + " " + key + " " + placeholder)
                            .isEqualTo(english.getProperty(key).contains(placeholder));
                }
            }
        }
    }

    @Test
    void textsAreReadAsUtf8AndPlaceholdersFilledLiterally() {
        assertThat(Language.FR.text("settings.language.unchanged", "français"))
                .isEqualTo("Ce canal fonctionne déjà en français; rien n’a changé.");
        assertThat(Language.ES.text("prompt.posted", "word", 7)).contains("n.º 7").contains("«word»");
    }

    @Test
    void codesAreReadInAnyCase() {
        assertThat(Language.fromCode(" ES")).contains(Language.ES);
        assertThat(Language.fromCode("de")).isEmpty();
    }

    @Test
    void anArgumentThatLooksLikeAPlaceholderIsShownAsItIsNeverFilledIn() {
        // an organisation's name or a feed's event title is what people typed: "{1}" in it stays "{1}"
        assertThat(Language.EN.text("pairing.again", "{1}", 4, "Mon 7 Dec, 09:00"))
                .isEqualTo("Round #{1} introduced 4 groups on Mon 7 Dec, 09:00. Another round now introduces everyone "
                        + "again, to new partners.");
        assertThat(Language.FR.text("pairing.again", "$1 \\", 2, "{0}")).contains("$1 \\").contains("{0}");
    }
}
