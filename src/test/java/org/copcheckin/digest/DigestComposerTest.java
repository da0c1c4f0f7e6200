package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.copcheckin.community.Community;
import org.copcheckin.community.Language;
import org.copcheckin.community.PairingMode;
import org.copcheckin.insights.Cell;
import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.WeekCells;
import org.copcheckin.platform.Message;
import org.copcheckin.support.Fixtures;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 16);
    private static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final Community COMMUNITY = new Community(1, Fixtures.channel("C-COMPOSE"), ZONE, 3,
            PairingMode.OPT_OUT, java.time.Instant.EPOCH);
    private static final Map<String, String> LABELS = Map.of("housing", "Housing and landlords", "funding", "Funding",
            "transportation", "Transportation", "food-insecurity", "Food insecurity");

    /** Published cells of one week: {@code themes}, {@code words} and {@code terms} item to people, all at least k. */
    private static WeekCells week(LocalDate start, int people, Map<String, Integer> themes, Map<String, Integer> words,
                                  Map<String, Integer> terms) {
        Map<TrendKind, Map<String, Cell>> items = new EnumMap<>(TrendKind.class);
        items.put(TrendKind.THEME, cells(themes));
        items.put(TrendKind.WORD, cells(words));
        items.put(TrendKind.TERM, cells(terms));
        return new WeekCells(start, false, people >= 3 ? OptionalInt.of(people) : OptionalInt.empty(),
                people >= 3 ? OptionalInt.of(people + 2) : OptionalInt.empty(), items);
    }

    private static Map<String, Cell> cells(Map<String, Integer> counts) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        counts.forEach((item, n) -> cells.put(item, new Cell(item,
                item.equals("overwhelm") ? Optional.of("overwhelmed") : Optional.empty(), n)));
        return cells;
    }

    /** The period is the week of 16 Nov; the 8 weeks before it carry {@code baseline} each week. */
    private static TrendSnapshot snapshot(WeekCells period, Map<String, Integer> previousThemes,
                                          Map<String, Integer> baselineThemes, Map<String, Integer> baselineTerms,
                                          Optional<PairingSummary> pairing) {
        return snapshot(period, previousThemes, baselineThemes, baselineTerms, pairing, Map.of("challenge", 2, "word", 1));
    }

    private static TrendSnapshot snapshot(WeekCells period, Map<String, Integer> previousThemes,
                                          Map<String, Integer> baselineThemes, Map<String, Integer> baselineTerms,
                                          Optional<PairingSummary> pairing, Map<String, Integer> checkInsByKind) {
        List<WeekCells> weeks = new ArrayList<>();
        for (int i = 8; i >= 1; i--) {
            LocalDate start = WEEK.minusWeeks(i);
            weeks.add(i == 1 ? week(start, 10, previousThemes, Map.of(), baselineTerms)
                    : week(start, 10, baselineThemes, Map.of(), baselineTerms));
        }
        weeks.add(period);
        TrendCells cells = new TrendCells(3, weeks, OptionalInt.of(20), false);
        return new TrendSnapshot(new TrendQuery(COMMUNITY, WEEK, WEEK, false), cells, ZONE,
                checkInsByKind, LABELS, pairing);
    }

    @Test
    void onlyPublishedThemesAreShownAndChangesCompareSumsOfPublishedCells() {
        Digest digest = DigestComposer.compose(snapshot(week(WEEK, 12, Map.of("housing", 5, "transportation", 3),
                        Map.of(), Map.of()), Map.of("housing", 3, "transportation", 3),
                Map.of("housing", 3, "transportation", 5), Map.of(), Optional.empty()));
        assertThat(digest.themes()).extracting(Digest.ThemeTrend::label)
                .containsExactly("Housing and landlords", "Transportation");
        assertThat(digest.themes().get(0).versusPrevious()).isEqualTo(Change.UP);
        assertThat(digest.themes().get(0).versusEightWeeks()).isEqualTo(Change.UP);
        assertThat(digest.themes().get(1).versusPrevious()).isEqualTo(Change.STEADY);
        assertThat(digest.themes().get(1).versusEightWeeks()).isEqualTo(Change.DOWN);
        assertThat(digest.suggestedTheme()).contains("Housing and landlords");

        String text = DigestMessage.of(digest).plainText();
        assertThat(text).contains("Housing and landlords: 5 people, ▲ up on the previous period")
                .doesNotContain("Funding");
    }

    @Test
    void theChartShowsPublishedCellsOfTheEightWeeksEndingWithThePeriod() {
        Digest digest = DigestComposer.compose(snapshot(week(WEEK, 12, Map.of("housing", 4), Map.of(), Map.of()),
                Map.of("housing", 3), Map.of(), Map.of(), Optional.empty()));
        assertThat(digest.chart().bars()).containsExactly(new Digest.Chart.Bar("Housing and landlords", 4));
        assertThat(digest.chart().rows()).singleElement().satisfies(row -> assertThat(row.cells()).containsExactly(
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.of(3), OptionalInt.of(4)));
        assertThat(digest.chart().weeks()).hasSize(8).first().isEqualTo(LocalDate.of(2026, 9, 28));
        byte[] png = DigestChart.png(digest.chart());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void topWordsUseTheirLabelAndEmergingTermsAreNewOrDoubled() {
        Digest digest = DigestComposer.compose(snapshot(week(WEEK, 12, Map.of(), Map.of("overwhelm", 4, "tired", 3),
                        Map.of("evict", 3, "bus", 4, "staff", 5)), Map.of(), Map.of(), Map.of("bus", 2, "staff", 5),
                Optional.empty()));
        assertThat(digest.topWords()).extracting(Digest.Line::label).containsExactly("overwhelmed", "tired");
        // bus: 2 a week usually, 4 now is twice that; staff: 5 a week, 5 now is usual; evict is new
        assertThat(digest.emerging()).containsExactly("bus", "evict");
    }

    @Test
    void theMessageCoversEverySectionInWeeksAndPeople() {
        Digest digest = DigestComposer.compose(snapshot(week(WEEK, 12, Map.of("housing", 3), Map.of("overwhelm", 3),
                Map.of()), Map.of(), Map.of(), Map.of(), Optional.of(new PairingSummary(2, 8, 6))));
        Message message = DigestMessage.of(digest);
        assertThat(message.plainText())
                .contains("*Period:* week of Mon 16 Nov 2026 (America/Toronto)")
                .contains("*Check-ins run:* 3 (2 challenge, 1 word)")
                .contains("week of 16 Nov: 12 people, 14 replies (60% of the channel's 20 members)")
                .contains("• overwhelmed (3)")
                .contains("Housing and landlords: 3 people, new since the previous period")
                .contains("*Emerging terms:* none this period")
                .contains("*Pairing:* 2 rounds, 6 of 8 groups met (75% completion)")
                .contains("*Suggested theme for the next meeting:* Housing and landlords")
                .contains("nobody can be followed from one week to the next");
        Digest without = DigestComposer.compose(snapshot(week(WEEK, 2, Map.of(), Map.of(), Map.of()), Map.of(),
                Map.of(), Map.of(), Optional.empty()));
        assertThat(DigestMessage.of(without).plainText()).contains("*Pairing:* no pairing rounds")
                .contains("week of 16 Nov: fewer than 3 people")
                .contains("*Suggested theme for the next meeting:* none yet: no theme was shared by 3 or more people")
                .doesNotContain("try a challenge prompt");
    }

    @Test
    void aPeriodWithoutAChallengePromptSuggestsOneAndAPeriodWithOneDoesNot() {
        WeekCells quiet = week(WEEK, 5, Map.of(), Map.of("tired", 2), Map.of());
        Digest wordsOnly = DigestComposer.compose(snapshot(quiet, Map.of(), Map.of(), Map.of(), Optional.empty(),
                Map.of("word", 2)));
        assertThat(DigestMessage.of(wordsOnly).plainText())
                .contains("*Suggested theme for the next meeting:* not enough shared replies yet; try a challenge "
                        + "prompt this week");
        Digest afterChallenge = DigestComposer.compose(snapshot(quiet, Map.of(), Map.of(), Map.of(), Optional.empty(),
                Map.of("challenge", 1, "word", 1)));
        assertThat(DigestMessage.of(afterChallenge).plainText())
                .contains("*Suggested theme for the next meeting:* none yet: no theme was shared by 3 or more people "
                        + "this period").doesNotContain("try a challenge prompt");
        assertThat(DigestMessage.of(afterChallenge, Language.FR).plainText())
                .contains("aucun thème n’a été commun à 3 personnes ou plus").doesNotContain("essayez");
        assertThat(DigestMessage.of(afterChallenge, Language.ES).plainText())
                .contains("ningún tema fue compartido por 3 personas o más").doesNotContain("pruebe");
    }

    @Test
    void aChannelSmallerThanKGetsParticipationOnly() {
        TrendSnapshot s = snapshot(week(WEEK, 12, Map.of("housing", 3), Map.of(), Map.of()), Map.of(), Map.of(),
                Map.of(), Optional.empty());
        TrendCells small = new TrendCells(3, s.published().weeks(), OptionalInt.of(2), true);
        Digest digest = DigestComposer.compose(new TrendSnapshot(s.period(), small, ZONE, s.checkInsByKind(), LABELS,
                Optional.empty()));
        assertThat(DigestMessage.of(digest).plainText()).contains("fewer than 3 members")
                .doesNotContain("*Themes:*").doesNotContain("Housing");
    }
}
