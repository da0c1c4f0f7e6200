package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemePatternTest {

    private static boolean matches(String pattern, String text) {
        ThemePattern p = ThemePattern.parse(pattern).orElseThrow();
        for (ThemeText.Sentence sentence : ThemeText.sentences(text)) {
            for (int i = 0; i < sentence.stems().length; i++) {
                if (p.matchEnd(sentence, i) > i) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aPhraseMatchesItsWordsByStemNextToEachOther() {
        assertThat(matches("bus pass", "the bus passes came late")).isTrue();
        assertThat(matches("evicted", "they evict people in winter")).isTrue();
        assertThat(matches("bus pass", "the bus was late and we had no pass")).isFalse();
    }

    @Test
    void shortWordsAndNumbersStayInPhrases() {
        assertThat(matches("no car", "mom has no car")).isTrue();
        assertThat(matches("drop out of school", "he may drop out of school")).isTrue();
        assertThat(matches("12-17 year old", "a 16 year old walked in")).isTrue();
        assertThat(matches("12-17 year old", "a sixteen-year-old walked in")).isTrue();
        assertThat(matches("12-17 year old", "a 40 year old walked in")).isFalse();
    }

    @Test
    void aStarIsOneWordAndThreeDotsUpToThree() {
        assertThat(matches("sleeping in * car", "they are sleeping in their car")).isTrue();
        assertThat(matches("sleeping in * car", "sleeping in the old car")).isFalse();
        assertThat(matches("drove ... to", "we drove three families to court")).isTrue();
        assertThat(matches("drove ... to", "we drove to court")).isTrue();
        assertThat(matches("drove ... to", "we drove the four other families to court")).isFalse();
    }

    @Test
    void anEqualsSignKeepsTheFormWhereStemmingWouldMergeMeanings() {
        assertThat(matches("=staffing", "staffing is thin")).isTrue();
        assertThat(matches("=staffing", "the staff were lovely")).isFalse();
        assertThat(matches("staffing", "the staff were lovely")).as("stemmed, staffing is staff").isTrue();
    }

    @Test
    void aPhraseNeverMatchesAcrossSentences() {
        assertThat(matches("bus pass", "We took the bus. Pass the salt.")).isFalse();
    }

    @Test
    void aPatternOfWildcardsAloneOrStartingWithOneIsRefused() {
        assertThat(ThemePattern.parse("* car")).isEmpty();
        assertThat(ThemePattern.parse("...")).isEmpty();
        assertThat(ThemePattern.parse("   ")).isEmpty();
        assertThat(ThemePattern.parse("car *")).isPresent();
    }
}
