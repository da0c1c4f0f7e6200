package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The matcher's rules on small taxonomies of its own, as a deployment would write them. */
class ThemeMatcherTest {

    private static final String FAMILIES = """
            not: [my partner]
            groups:
              family-members: [parents, families]
              reaching: [come, answer, trust]
            themes:
              - id: engagement
                label: Family engagement
                keywords: [home visit]
                together: [family-members + reaching]
                not: [family shelter]
              - id: partners
                label: Partners
                keywords: [partner]
            """;

    private static Taxonomy taxonomy(String yaml) {
        return Taxonomy.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aKeywordIsEnoughOnItsOwn() {
        assertThat(taxonomy(FAMILIES).themesOf("Two home visits this week")).containsExactly("engagement");
    }

    @Test
    void aWordThatOnlyMeansTheThemeInCompanyNeedsEveryGroupOfItsRule() {
        Taxonomy taxonomy = taxonomy(FAMILIES);
        assertThat(taxonomy.themesOf("Two of my families got eviction notices")).isEmpty();
        assertThat(taxonomy.themesOf("Parents don't come to the evening sessions")).containsExactly("engagement");
    }

    @Test
    void aRuleNeedsItsGroupsInOneSentence() {
        Taxonomy taxonomy = taxonomy(FAMILIES);
        assertThat(taxonomy.themesOf("Our parents are great. Come to the fair on Friday!")).isEmpty();
        assertThat(taxonomy.themesOf("Our parents are great, come to the fair")).containsExactly("engagement");
    }

    @Test
    void aNotPhraseCancelsWhatItOverlapsForItsThemeOnly() {
        Taxonomy taxonomy = taxonomy(FAMILIES);
        assertThat(taxonomy.themesOf("Families at the family shelter come to dinner"))
                .as("'families' still counts, the shelter's 'family' does not").containsExactly("engagement");
        assertThat(taxonomy.themesOf("The family shelter: come and see")).isEmpty();
    }

    @Test
    void theTaxonomyWideNotCancelsForEveryTheme() {
        Taxonomy taxonomy = taxonomy(FAMILIES);
        assertThat(taxonomy.themesOf("My partner and I talked about lunch")).isEmpty();
        assertThat(taxonomy.themesOf("A new partner joined the coalition")).containsExactly("partners");
    }

    @Test
    void themesComeInTaxonomyOrderWithTheirEvidence() {
        Taxonomy taxonomy = taxonomy(FAMILIES);
        assertThat(taxonomy.themesOf("A partner helped with a home visit")).containsExactly("engagement", "partners");
        assertThat(taxonomy.evidence("A partner helped with a home visit").get("engagement")).hasSize(1);
    }

    @Test
    void aTaxonomyOfKeywordsAloneStillMatches() {
        Taxonomy taxonomy = taxonomy("themes:\n  - id: weather\n    keywords: [snow day, storm]\n");
        assertThat(taxonomy.themesOf("Another snow day and the storms keep coming")).containsExactly("weather");
        assertThat(taxonomy.themesOf("the day it snowed")).isEmpty();
        assertThat(taxonomy.label("weather")).isEqualTo("weather");
    }

    @Test
    void aRuleNamingAGroupTheTaxonomyLacksIsRefusedWithItsName() {
        assertThatThrownBy(() -> taxonomy("themes:\n  - id: t\n    keywords: [x]\n    together: [people + doing]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'people'");
    }

    @Test
    void aWordYamlReadsAsTrueOrFalseIsRefusedWithAHint() {
        assertThatThrownBy(() -> taxonomy("themes:\n  - id: t\n    keywords: [no, car]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quote");
        assertThat(taxonomy("themes:\n  - id: t\n    keywords: ['no car']\n").themesOf("we have no car")).containsExactly("t");
    }

    @Test
    void aThemeIdTwiceIsRefused() {
        assertThatThrownBy(() -> taxonomy("themes:\n  - id: t\n    keywords: [x]\n  - id: t\n    keywords: [y]\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
