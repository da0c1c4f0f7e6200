package org.copcheckin.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.copcheckin.community.Wording;
import org.junit.jupiter.api.Test;

class SkipLabelTest {

    @Test
    void plainShortWordsAreKept() {
        assertThat(SkipLabel.refusal("winter break")).isEmpty();
        assertThat(SkipLabel.refusal("Vacances d'hiver (écoles fermées)")).isEmpty();
    }

    @Test
    void longLabelsLinksMentionsAndOddCharactersAreRefused() {
        assertThat(SkipLabel.refusal("x".repeat(65)).map(Wording::english)).get().asString().contains("at most 64");
        assertThat(SkipLabel.refusal("see https://evil.example")).isPresent();
        assertThat(SkipLabel.refusal("ask dana@school.example")).isPresent();
        assertThat(SkipLabel.refusal("break <@U123>")).isPresent();
        assertThat(SkipLabel.refusal("break *bold*")).isPresent();
    }

    @Test
    void aFeedSummaryIsMadeToFitAtAWord() {
        String label = SkipLabel.fromSummary("Winter Recess for all schools of the district including the "
                + "early learning centres and the adult school");
        assertThat(label).hasSizeLessThanOrEqualTo(SkipLabel.MAX_LENGTH).endsWith("…").startsWith("Winter Recess");
        assertThat(SkipLabel.fromSummary("Closed: see https://x.example")).isEqualTo("school closed");
        assertThat(SkipLabel.fromSummary("No School \\; *Holiday*")).isEqualTo("No School Holiday");
    }
}
