package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.copcheckin.checkins.PromptKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyAnalyserTest {

    private static final ReplyAnalyser ANALYSER = ReplyAnalyser.withDefaults();

    /** Written apart from the taxonomy: phrasing its keyword lists were not built from. */
    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', value = {
            "Two of my families got eviction notices after the building was sold | housing",
            "The landlord won't fix the heat and the tenants are scared to complain | housing",
            "Our grant was not renewed so we lose a position in spring | funding",
            "Kids can't get to the after-school program because the buses stopped running | transportation",
            "A lot of my grade nines are chronically absent since October | attendance",
            "Students who were suspended never came back to class | attendance",
            "I'm burnt out and so is most of the team, the vicarious trauma is heavy | mental-health",
            "Two young people disclosed suicidal thoughts this week and the crisis line had a long wait | mental-health",
            "We had three overdoses in the drop-in washroom; everyone is carrying Narcan now | harm-reduction",
            "Had to make a report to CPS about neglect and the family stopped answering | child-welfare",
            "Kinship placements with grandparents fall apart without support | child-welfare",
            "Nobody at the clinic would see him without a health card and his prescriptions ran out | healthcare",
            "The paperwork for benefits is impossible and the waitlist is eight months | systems-navigation",
            "Intake assessments pile up and referrals sit in the queue for weeks | coordinated-access",
            "The food bank and a local church stepped in when we had nothing | community-partners",
            "Parents don't come to conferences because they work shifts | family-engagement",
            "Unaccompanied minors at the shelter can't sign their own consent | under-18-youth",
            "Teens aging out of care have nowhere safe to land | under-18-youth",
            "Students come in hungry on Mondays; breakfast is the only meal some get | food-insecurity",
            "We can't share records with the school because of FERPA and consent rules | data-sharing",
            "We're short-staffed, two vacancies and the caseloads keep climbing | staffing-capacity"})
    void matchesHeldApartExamplesToTheirTheme(String reply, String theme) {
        assertThat(ANALYSER.analyse(PromptKind.CHALLENGE, reply, Set.of()).themes()).contains(theme);
    }

    @Test
    void aReplyWithoutThemeWordsMatchesNoTheme() {
        assertThat(ANALYSER.analyse(PromptKind.CHALLENGE, "Nothing much to report, a quiet stretch honestly",
                Set.of()).themes()).isEmpty();
    }

    @Test
    void aOneWordAnswerIsTheFirstContentWordWithItsStem() {
        var analysis = ANALYSER.analyse(PromptKind.WORD, "I'm overwhelmed - too many intakes", Set.of());
        assertThat(analysis.word()).hasValueSatisfying(word -> {
            assertThat(word.form()).isEqualTo("overwhelmed");
            assertThat(word.stem()).isEqualTo(ANALYSER.analyse(PromptKind.WORD, "Overwhelm", Set.of())
                    .word().orElseThrow().stem());
        });
        assertThat(ANALYSER.analyse(PromptKind.CHALLENGE, "overwhelmed", Set.of()).word()).isEmpty();
    }

    @Test
    void termsAreStemsOfContentWordsOnly() {
        var analysis = ANALYSER.analyse(PromptKind.CHALLENGE, "The buses were late and the bus driver quit in 2024", Set.of());
        assertThat(analysis.terms().keySet()).contains("bus", "late", "driver", "quit").doesNotContain("the", "2024", "and");
        assertThat(analysis.terms()).containsEntry("bus", "buses");
    }

    @Test
    void aDeploymentCanReplaceTheTaxonomy() {
        String yaml = "themes:\n  - id: weather\n    label: Weather\n    keywords: [road closure, storm]\n";
        Taxonomy taxonomy = Taxonomy.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        assertThat(taxonomy.themesOf("the road closure kept staff home")).containsExactly("weather");
        assertThat(taxonomy.themesOf("the closure of the road")).isEmpty();
        assertThat(taxonomy.themesOf("storms again")).containsExactly("weather");
        assertThat(taxonomy.label("weather")).isEqualTo("Weather");
    }
}
