package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.copcheckin.checkins.PromptKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * French and Spanish replies through the same anonymiser and closed vocabulary as English ones, with Lucene's French
 * and Spanish analysis and the taxonomy's translated keywords. The theme examples below were written apart from the
 * keywords (by reading them, not by copying them) and are scored the way the English benchmark scores its corpus.
 */
class FrenchSpanishAnalysisTest {

    private static ReplyAnalyser french;
    private static ReplyAnalyser spanish;

    @BeforeAll
    static void build() {
        Taxonomy taxonomy = Taxonomy.load(new ClassPathResource(
                InsightsProperties.DEFAULT_TAXONOMY.substring("classpath:".length())));
        french = ReplyAnalyser.build("fr", taxonomy);
        spanish = ReplyAnalyser.build("es", taxonomy);
    }

    private record Example(String text, Set<String> themes) {
    }

    private static final List<Example> FRENCH = List.of(
            new Example("La famille de Mathieu a reçu un avis d'expulsion, le propriétaire veut reprendre le logement.",
                    Set.of("housing")),
            new Example("Beaucoup d'absences cette semaine, deux élèves en décrochage.", Set.of("attendance")),
            new Example("Les coupures de financement nous obligent à fermer le programme du soir.", Set.of("funding")),
            new Example("Une mère m'a dit que l'autobus scolaire ne passe plus dans son rang.", Set.of("transportation")),
            new Example("Je sens beaucoup d'anxiété chez les jeunes, et moi-même je suis épuisée.",
                    Set.of("mental-health")),
            new Example("On attend encore un rendez-vous à la clinique depuis trois mois.", Set.of("healthcare")),
            new Example("La banque alimentaire du quartier manque de tout, plusieurs familles ont faim.",
                    Set.of("food-insecurity")),
            new Example("Très belle rencontre de parents hier, enfin du monde!", Set.of("family-engagement")),
            new Example("Manque de personnel au service de garde, on roule à moitié.", Set.of("staffing-capacity")),
            new Example("Rien de spécial, une bonne semaine tranquille.", Set.of()));

    private static final List<Example> SPANISH = List.of(
            new Example("La familia de Guadalupe recibió un aviso de desalojo y no encuentran vivienda.",
                    Set.of("housing")),
            new Example("Muchas ausencias esta semana; dos estudiantes faltan a la escuela seguido.",
                    Set.of("attendance")),
            new Example("Con los recortes del presupuesto cerramos el programa de verano.", Set.of("funding")),
            new Example("Una mamá no tiene carro y el autobús escolar ya no pasa por su calle.",
                    Set.of("transportation")),
            new Example("Veo mucha ansiedad en los jóvenes y el equipo está agotado.", Set.of("mental-health")),
            new Example("Llevamos meses esperando una cita médica en la clínica.", Set.of("healthcare")),
            new Example("El banco de comida se quedó sin nada; varias familias pasan hambre.",
                    Set.of("food-insecurity")),
            new Example("Tuvimos una reunión de padres muy buena, vinieron muchas familias.",
                    Set.of("family-engagement")),
            new Example("Hay falta de personal y la carga de trabajo es enorme.", Set.of("staffing-capacity")),
            new Example("Nada especial, una semana tranquila.", Set.of()));

    private static double[] score(ReplyAnalyser analyser, List<Example> examples, String language) {
        int truePositives = 0;
        int found = 0;
        int expected = 0;
        for (Example example : examples) {
            Set<String> themes = analyser.analyse(PromptKind.CHALLENGE, example.text(), List.of()).themes();
            found += themes.size();
            expected += example.themes().size();
            truePositives += (int) themes.stream().filter(example.themes()::contains).count();
        }
        double precision = found == 0 ? 0 : (double) truePositives / found;
        double recall = expected == 0 ? 0 : (double) truePositives / expected;
        System.out.printf("Themes (%s, %d held-apart replies): precision %.2f, recall %.2f%n", language,
                examples.size(), precision, recall);
        return new double[] {precision, recall};
    }

    @Test
    void frenchRepliesMatchTheirThemesWithTheFrenchKeywords() {
        double[] score = score(french, FRENCH, "fr");
        assertThat(score[0]).isGreaterThanOrEqualTo(0.8);
        assertThat(score[1]).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void spanishRepliesMatchTheirThemesWithTheSpanishKeywords() {
        double[] score = score(spanish, SPANISH, "es");
        assertThat(score[0]).isGreaterThanOrEqualTo(0.8);
        assertThat(score[1]).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void namesInAFrenchReplyNeverBecomeTermsOrAnswers() {
        ReplyAnalyser.Analysis analysis = french.analyse(PromptKind.WORD,
                "Épuisée. Mathieu et Geneviève Tremblay ont raté l'autobus, j'ai appelé Mme Côté au 514-555-0199.",
                List.of("Mathieu"));
        String stored = analysis.terms().keySet() + " " + analysis.terms().values() + " " + analysis.word();
        assertThat(stored).doesNotContain("mathieu").doesNotContain("genevieve").doesNotContain("tremblay")
                .doesNotContain("cote").doesNotContain("514").doesNotContain("0199");
        assertThat(analysis.word()).hasValueSatisfying(word -> assertThat(word.form()).isEqualTo("epuisee"));
        assertThat(analysis.terms()).containsKey("autobus").doesNotContainKey("l'autobus");
        assertThat(analysis.themes()).contains("transportation");
    }

    @Test
    void namesTheWordListsHoldAsWordsAreNeverStoredAtTheStartOfASentenceOrInLowerCase() {
        // the 2026-12-03 privacy review: a name first in a sentence, or typed in lower case, had no cue to remove it
        ReplyAnalyser.Analysis es = spanish.analyse(PromptKind.CHALLENGE,
                "Pilar faltó hoy otra vez. hablé con la familia garcia y con soledad sobre la vivienda.", List.of());
        ReplyAnalyser.Analysis fr = french.analyse(PromptKind.CHALLENGE,
                "Lourdes est revenue. la famille moreau cherche un logement.", List.of());
        assertThat(es.terms().keySet()).doesNotContain("pilar", "garcia", "soledad").contains("vivienda");
        // stems are stored: "Lourdes" may stem to the adjective "lourd" (heavy), never to the name
        assertThat(fr.terms().keySet()).doesNotContain("lourdes", "moreau").contains("loge", "famille");
        assertThat(String.valueOf(fr.terms().values()) + es.terms().values()).doesNotContainIgnoringCase("lourdes")
                .doesNotContainIgnoringCase("moreau").doesNotContainIgnoringCase("pilar")
                .doesNotContainIgnoringCase("garcia").doesNotContainIgnoringCase("soledad");
    }

    @Test
    void namesInASpanishReplyNeverBecomeTermsOrAnswers() {
        ReplyAnalyser.Analysis analysis = spanish.analyse(PromptKind.WORD,
                "Cansada. La señora Guadalupe Hernández y su hijo José perdieron la vivienda; escribí a "
                        + "lupe.hernandez@example.org.", List.of());
        String stored = analysis.terms().keySet() + " " + analysis.terms().values() + " " + analysis.word();
        assertThat(stored).doesNotContain("guadalupe").doesNotContain("hernandez").doesNotContain("jose")
                .doesNotContain("lupe").doesNotContain("example");
        assertThat(analysis.word()).hasValueSatisfying(word -> assertThat(word.stem()).startsWith("cansad"));
        assertThat(analysis.themes()).contains("housing");
    }

    @Test
    void wordsOutsideTheLanguagesVocabularyAreCountedAsOtherNeverWritten() {
        ReplyAnalyser.Analysis analysis = spanish.analyse(PromptKind.CHALLENGE, "xqzwv vivienda", List.of());
        assertThat(analysis.otherTerms()).isTrue();
        assertThat(analysis.terms().keySet()).noneMatch(term -> term.contains("xqzwv"));
        assertThat(Map.copyOf(analysis.terms())).isNotEmpty();
    }
}
