package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.copcheckin.community.Language;
import org.copcheckin.insights.AnswerFamilies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one-word answer families a monthly digest lists, labelled in the community's language. */
class FamilyLabelsTest {

    private static final AnswerFamilies.Family TIRED = new AnswerFamilies.Family("tired", "Tired and drained",
            List.of("tired", "drained"));

    @Test
    void aBundledFamilyIsLabelledInFrenchOrSpanishAndKeepsTheLexiconsLabelInEnglish() {
        assertThat(PeriodReviewText.familyLabel(TIRED, Language.FR)).isEqualTo("Fatigue et épuisement");
        assertThat(PeriodReviewText.familyLabel(TIRED, Language.ES)).isEqualTo("Cansancio y agotamiento");
        assertThat(PeriodReviewText.familyLabel(TIRED, Language.EN)).isEqualTo("Tired and drained");
        AnswerFamilies.Family own = new AnswerFamilies.Family("ours", "Our own family", List.of("ours"));
        assertThat(PeriodReviewText.familyLabel(own, Language.FR)).isEqualTo("Our own family");
        AnswerFamilies.Family housing = new AnswerFamilies.Family("theme:housing", "Housing and landlords",
                List.of("eviction"));
        assertThat(PeriodReviewText.familyLabel(housing, Language.FR)).isEqualTo("Logement et propriétaires");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyFamilyOfTheBundledLexiconHasALabelInEveryLanguage(Language l) throws IOException {
        try (BufferedReader lexicon = new BufferedReader(new InputStreamReader(
                FamilyLabelsTest.class.getResourceAsStream("/insights/answer-families.txt"), StandardCharsets.UTF_8))) {
            List<String[]> families = lexicon.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t")).toList();
            assertThat(families).hasSizeGreaterThan(10);
            for (String[] family : families) {
                assertThat(l.optionalText("family." + family[0])).as(family[0]).isPresent();
                if (l == Language.EN) {
                    assertThat(l.text("family." + family[0])).isEqualTo(family[1]);
                } else {
                    assertThat(l.text("family." + family[0])).as(family[0]).isNotEqualTo(family[1]);
                }
            }
        }
    }
}
