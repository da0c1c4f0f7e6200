package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.copcheckin.community.Language;
import org.junit.jupiter.api.Test;

class DigestLanguageTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 2);

    private static Digest digest() {
        return DigestComposer.compose(DigestFixtures.snapshot(WEEK, WEEK.plusDays(6),
                List.of(DigestFixtures.week(WEEK, 5, Map.of("housing", 4), Map.of()))));
    }

    @Test
    void aFrenchCommunityReadsItsDigestInFrenchWithTheSameFigures() {
        String text = DigestMessage.of(digest(), Language.FR).plainText();
        assertThat(DigestMessage.of(digest(), Language.FR).title()).isEqualTo("Synthèse des bilans");
        assertThat(text).contains("Période :").contains("Participation :").contains("Thèmes :")
                .contains("Thème suggéré pour la prochaine rencontre :").contains("au moins 3 personnes")
                .contains("Housing and landlords").doesNotContain("Suggested theme").doesNotContain("Counts are");
    }

    @Test
    void aSpanishCommunityReadsItsDigestInSpanish() {
        String text = DigestMessage.of(digest(), Language.ES).plainText();
        assertThat(DigestMessage.of(digest(), Language.ES).title()).isEqualTo("Resumen de las reflexiones");
        assertThat(text).contains("Período:").contains("Participación:").contains("Temas:")
                .contains("Tema sugerido para la próxima reunión:").contains("al menos 3 personas")
                .doesNotContain("Suggested theme").doesNotContain("Counts are");
    }

    @Test
    void nothingToShowAgreesWithAnAnswerAndATheme() {
        Digest empty = DigestComposer.compose(DigestFixtures.snapshot(WEEK, WEEK.plusDays(6),
                List.of(DigestFixtures.week(WEEK, 5, Map.of(), Map.of()))));
        // une réponse, un thème; una respuesta, un tema: the sentence must fit both
        assertThat(DigestMessage.of(empty, Language.FR).plainText())
                .contains("ne nomme une réponse qu’à partir de 3 personnes, et rien n’a atteint 3")
                .contains("ne nomme un thème qu’à partir de 3 personnes").doesNotContain("l’ont donné");
        assertThat(DigestMessage.of(empty, Language.ES).plainText())
                .contains("solo nombra una respuesta a partir de 3 personas, y nada llegó a 3")
                .contains("solo nombra un tema a partir de 3 personas").doesNotContain("la dieron");
    }

    @Test
    void englishStaysAsItWas() {
        assertThat(DigestMessage.of(digest(), Language.EN).plainText())
                .isEqualTo(DigestMessage.of(digest()).plainText()).contains("*Period:*");
    }
}
