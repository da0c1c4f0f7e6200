package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.copcheckin.insights.Participation;
import org.copcheckin.platform.Message;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

    private static final LocalDate FROM = LocalDate.of(2026, 11, 16);
    private static final LocalDate TO = LocalDate.of(2026, 11, 22);
    private static final Map<String, String> LABELS = Map.of("housing", "Housing and landlords", "funding", "Funding",
            "transportation", "Transportation", "food-insecurity", "Food insecurity");

    private static TrendSnapshot snapshot(int k, Map<String, Integer> themes, Map<String, Integer> previous,
                                          Map<String, Integer> baseline, Map<String, Integer> words,
                                          Map<String, Integer> terms, Map<String, Integer> termsBaseline,
                                          Optional<PairingSummary> pairing) {
        List<LocalDate> weeks = DigestQueries.weeks(TO);
        return new TrendSnapshot(FROM, TO, ZoneId.of("America/Toronto"), k, Map.of("challenge", 2, "word", 1),
                new Participation(14, 12, 3, 6), OptionalInt.of(20), words,
                Map.of("overwhelm", "overwhelmed"), themes, previous, baseline, terms, termsBaseline,
                FROM.minusWeeks(8), weeks,
                Map.of("housing", List.of(0, 1, 2, 3, 4, 3, 2, 5), "funding", List.of(1, 1, 1, 1, 1, 1, 1, 2)),
                LABELS, pairing);
    }

    @Test
    void themesBelowKAreFoldedIntoOtherAndChangesShowOnlyDirections() {
        Digest digest = DigestComposer.compose(snapshot(3,
                Map.of("housing", 5, "funding", 2, "transportation", 3),
                Map.of("housing", 2, "transportation", 3),
                Map.of("housing", 8, "transportation", 40),
                Map.of(), Map.of(), Map.of(), Optional.empty()));
        assertThat(digest.themes()).extracting(Digest.ThemeTrend::label)
                .containsExactly("Housing and landlords", "Transportation");
        assertThat(digest.otherThemes()).isEqualTo(2);
        assertThat(digest.themes().get(0).versusPrevious()).isEqualTo(Change.UP);
        assertThat(digest.themes().get(0).versusEightWeeks()).isEqualTo(Change.UP);
        assertThat(digest.themes().get(1).versusPrevious()).isEqualTo(Change.STEADY);
        assertThat(digest.themes().get(1).versusEightWeeks()).isEqualTo(Change.DOWN);
        assertThat(digest.suggestedTheme()).contains("Housing and landlords");

        String text = DigestMessage.of(digest).plainText();
        assertThat(text).contains("Housing and landlords: 5 participants, ▲ up on the previous period")
                .contains("other: 2 mentions").doesNotContain("Funding").doesNotContain("from 2");
    }

    @Test
    void theChartHidesWeeksBelowKAndThemesThatNeverReachIt() {
        Digest digest = DigestComposer.compose(snapshot(3, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Optional.empty()));
        assertThat(digest.chart().series()).containsOnlyKeys("Housing and landlords");
        assertThat(digest.chart().series().get("Housing and landlords")).containsExactly(0, 0, 0, 3, 4, 3, 0, 5);
        assertThat(digest.chart().weeks()).hasSize(8).first().isEqualTo(LocalDate.of(2026, 9, 28));
        byte[] png = DigestChart.png(digest.chart());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void topWordsUseTheirDisplayFormAndEmergingTermsAreNewOrDoubled() {
        Digest digest = DigestComposer.compose(snapshot(2, Map.of(), Map.of(), Map.of(),
                Map.of("overwhelm", 4, "tired", 2, "hopeful", 1),
                Map.of("evict", 3, "bus", 4, "staff", 5, "rare", 1),
                Map.of("bus", 8, "staff", 40), Optional.empty()));
        assertThat(digest.topWords()).extracting(Digest.Line::label).containsExactly("overwhelmed", "tired");
        assertThat(digest.otherWords()).isEqualTo(1);
        // bus: 8 over 8 weeks is 1 a week, 4 now is four times that; staff: 5 a week, 5 now is usual
        assertThat(digest.emerging()).containsExactly("bus", "evict");
    }

    @Test
    void theMessageCoversEverySectionOfTheIssue() {
        Digest digest = DigestComposer.compose(snapshot(3, Map.of("housing", 3), Map.of(), Map.of(),
                Map.of("overwhelm", 3), Map.of(), Map.of(), Optional.of(new PairingSummary(2, 8, 6))));
        Message message = DigestMessage.of(digest);
        assertThat(message.plainText())
                .contains("*Period:* Mon 16 Nov 2026 to Sun 22 Nov 2026 (America/Toronto)")
                .contains("*Check-ins run:* 3 (2 challenge, 1 word)")
                .contains("14 replies from 12 participants across 3 check-ins")
                .contains("of the channel's 20 members")
                .contains("• overwhelmed (3)")
                .contains("Housing and landlords: 3 participants, new since the previous period")
                .contains("*Emerging terms:* none this period")
                .contains("*Pairing:* 2 rounds, 6 of 8 groups met (75% completion)")
                .contains("*Suggested theme for the next meeting:* Housing and landlords");
        Digest without = DigestComposer.compose(snapshot(3, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Optional.empty()));
        assertThat(DigestMessage.of(without).plainText()).contains("*Pairing:* no pairing rounds")
                .contains("*Suggested theme for the next meeting:* not enough shared replies yet");
    }
}
