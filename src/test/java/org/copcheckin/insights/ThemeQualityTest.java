package org.copcheckin.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.copcheckin.checkins.PromptKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled taxonomy against the labelled replies. The insights benchmark prints the figures per theme; this
 * holds them above floors so a change to the taxonomy cannot quietly make them worse.
 */
class ThemeQualityTest {

    private static final ReplyAnalyser ANALYSER = ReplyAnalyser.withDefaults();
    private static final Function<String, Set<String>> THEMES =
            text -> ANALYSER.analyse(PromptKind.CHALLENGE, text, Set.of()).themes();

    @Test
    void theHeldOutRepliesKeepTheirMeasuredPrecisionAndRecall() {
        Map<String, ThemeQuality.Score> scores = ThemeQuality.score(ThemeQuality.load(ThemeQuality.HELD_OUT), THEMES,
                ThemeQuality.bundledThemeIds());
        assertThat(scores).hasSize(16);
        scores.values().forEach(s -> {
            assertThat(s.precision()).as("precision of %s", s.theme()).isGreaterThanOrEqualTo(0.68);
            assertThat(s.recall()).as("recall of %s", s.theme()).isGreaterThanOrEqualTo(0.71);
        });
        int right = scores.values().stream().mapToInt(ThemeQuality.Score::truePositives).sum();
        int added = scores.values().stream().mapToInt(ThemeQuality.Score::falsePositives).sum();
        int missed = scores.values().stream().mapToInt(ThemeQuality.Score::falseNegatives).sum();
        assertThat((double) right / (right + added)).as("precision over all themes").isGreaterThanOrEqualTo(0.84);
        assertThat((double) right / (right + missed)).as("recall over all themes").isGreaterThanOrEqualTo(0.89);
    }

    /**
     * The held-out set of 2026-12-03, written before the theme model was built and never tuned on: each theme's
     * precision and recall as measured with the model (percent), so any change that loses a reply fails here.
     * Most are under issue 17's 90% target; the insights benchmark prints them.
     */
    @ParameterizedTest
    @CsvSource({
            "housing, 85.7, 90.0", "funding, 78.5, 84.6", "transportation, 63.1, 80.0", "attendance, 88.2, 78.9",
            "mental-health, 94.7, 90.0", "harm-reduction, 100, 81.2", "child-welfare, 100, 70.5",
            "healthcare, 72.7, 76.1", "systems-navigation, 90.0, 64.2", "coordinated-access, 85.7, 92.3",
            "community-partners, 84.6, 73.3", "family-engagement, 61.5, 53.3", "under-18-youth, 90.4, 73.0",
            "food-insecurity, 92.8, 76.4", "data-sharing, 84.6, 84.6", "staffing-capacity, 66.6, 47.0"})
    void theHeldOutSetOfDecemberKeepsEachThemesMeasuredPrecisionAndRecall(String theme, double precision,
                                                                          double recall) {
        ThemeQuality.Score score = ThemeQuality.score(ThemeQuality.load(ThemeQuality.HELD_OUT_2026_12_03), THEMES,
                ThemeQuality.bundledThemeIds()).get(theme);
        assertThat(100 * score.precision()).as("precision of %s", theme).isGreaterThanOrEqualTo(precision);
        assertThat(100 * score.recall()).as("recall of %s", theme).isGreaterThanOrEqualTo(recall);
    }

    @Test
    void theHeldOutSetOfDecemberKeepsItsMeasuredPrecisionAndRecallOverAllThemes() {
        Map<String, ThemeQuality.Score> scores = ThemeQuality.score(ThemeQuality.load(ThemeQuality.HELD_OUT_2026_12_03),
                THEMES, ThemeQuality.bundledThemeIds());
        int right = scores.values().stream().mapToInt(ThemeQuality.Score::truePositives).sum();
        int added = scores.values().stream().mapToInt(ThemeQuality.Score::falsePositives).sum();
        int missed = scores.values().stream().mapToInt(ThemeQuality.Score::falseNegatives).sum();
        assertThat((double) right / (right + added)).as("precision over all themes").isGreaterThanOrEqualTo(0.834);
        assertThat((double) right / (right + missed)).as("recall over all themes").isGreaterThanOrEqualTo(0.760);
    }

    /** The model's own training set of 2026-12-03: a floor that catches a model file trained on something else. */
    @Test
    void theTrainingSetOfDecemberKeepsItsMeasuredPrecisionAndRecall() {
        Map<String, ThemeQuality.Score> scores = ThemeQuality.score(ThemeQuality.load(ThemeQuality.TRAINING_2026_12_03),
                THEMES, ThemeQuality.bundledThemeIds());
        int right = scores.values().stream().mapToInt(ThemeQuality.Score::truePositives).sum();
        int added = scores.values().stream().mapToInt(ThemeQuality.Score::falsePositives).sum();
        int missed = scores.values().stream().mapToInt(ThemeQuality.Score::falseNegatives).sum();
        assertThat((double) right / (right + added)).as("precision over all themes").isGreaterThanOrEqualTo(0.855);
        assertThat((double) right / (right + missed)).as("recall over all themes").isGreaterThanOrEqualTo(0.884);
    }

    /**
     * Issue 17's fresh held-out part, written apart from every rule: the honest, lower figures. The theme model
     * costs it a point of precision (the floor was 0.77 with the rules alone).
     */
    @Test
    void theFreshHeldOutRepliesKeepTheirMeasuredPrecisionAndRecall() {
        Map<String, ThemeQuality.Score> scores = ThemeQuality.score(ThemeQuality.load(ThemeQuality.FRESH_HELD_OUT),
                THEMES, ThemeQuality.bundledThemeIds());
        int right = scores.values().stream().mapToInt(ThemeQuality.Score::truePositives).sum();
        int added = scores.values().stream().mapToInt(ThemeQuality.Score::falsePositives).sum();
        int missed = scores.values().stream().mapToInt(ThemeQuality.Score::falseNegatives).sum();
        assertThat((double) right / (right + added)).as("precision over all themes").isGreaterThanOrEqualTo(0.761);
        assertThat((double) right / (right + missed)).as("recall over all themes").isGreaterThanOrEqualTo(0.697);
    }

    /** Issue 17's second-pass replies (a trial, not trained on) are labelled with the taxonomy's themes only. */
    @Test
    void theSecondPassRepliesOfDecemberAreLabelledWithBundledThemesOnly() {
        java.util.List<ThemeQuality.Labelled> replies = ThemeQuality.load(ThemeQuality.TRAINING_2026_12_03B);
        assertThat(replies).hasSize(172);
        replies.forEach(reply -> assertThat(ThemeQuality.bundledThemeIds()).as(reply.text())
                .containsAll(reply.themes()));
        assertThat(replies.stream().filter(reply -> reply.themes().isEmpty()).count()).as("replies with no theme")
                .isGreaterThanOrEqualTo(40);
        assertThat(ThemeQuality.trainingWithSecondPass()).hasSize(ThemeQuality.training().size() + replies.size());
    }

    @Test
    void theTuningRepliesKeepTheirPrecisionAndRecall() {
        ThemeQuality.score(ThemeQuality.load(ThemeQuality.TUNING), THEMES, ThemeQuality.bundledThemeIds()).values()
                .forEach(s -> {
                    assertThat(s.precision()).as("precision of %s", s.theme()).isGreaterThanOrEqualTo(0.79);
                    assertThat(s.recall()).as("recall of %s", s.theme()).isGreaterThanOrEqualTo(0.92);
                });
    }

    /** Issue 17's finding: transport replies about buses, vans, rideshares, gas cards and bus passes were never counted. */
    @ParameterizedTest
    @ValueSource(strings = {
            "The 22 stopped running past the motel, so the kids can't get to school",
            "Our van is in the shop again and the Saturday outing is off",
            "Rideshare credits ran out halfway through the month",
            "We hand out gas cards but they're gone by the 5th",
            "Bus passes for the new students still haven't come",
            "She walks two miles each way to the clinic with the baby"})
    void repliesAboutGettingPlacesAreTransportation(String reply) {
        assertThat(THEMES.apply(reply)).contains("transportation");
    }

    /** Issue 17's finding: "families" and "youth" put replies into themes they are not about. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Most of our families had a calm week, nothing new",
            "The youth workers ran a great art night",
            "School photos went well and the kids looked sharp",
            "Staff potluck on Friday, bring a dish",
            "Our youth program moved to the bigger room",
            "Families from the shelter joined the winter concert",
            "My pairing partner works at a library and we laughed a lot"})
    void aThemeWordInPassingMakesNoTheme(String reply) {
        assertThat(THEMES.apply(reply)).isEmpty();
    }

    /** Words that name an institution or a place in passing: the reply is not about the theme they usually mean. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We met the hospital team to plan the holiday drive.|healthcare",
            "Her disability claim was denied again.|healthcare",
            "Students who moved out of the district lost their bus.|housing",
            "The mobile health van parks outside on Tuesdays.|transportation",
            "Families come to the Thursday community meal and stay for coffee.|family-engagement"})
    void aWordThatOnlyNamesAPlaceOrAnInstitutionMakesNotItsTheme(String reply, String theme) {
        assertThat(THEMES.apply(reply)).doesNotContain(theme);
    }

    /** Context rules and phrases that carry a theme without its usual keywords. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The nearest hospital is two hours away.|healthcare",
            "Parents keep the younger kids home when it snows.|attendance",
            "Two people were nodding off in the bathroom again.|harm-reduction",
            "Each agency has its own waitlists and nobody compares them.|coordinated-access"})
    void aReplyAboutTheThemeInOtherWordsCountsForIt(String reply, String theme) {
        assertThat(THEMES.apply(reply)).contains(theme);
    }

    @Test
    void aReplyAboutSeveralThemesCountsForEachAndOnlyThose() {
        assertThat(THEMES.apply("The landlord evicted them and now the kids miss school because the bus doesn't go to "
                + "the motel")).containsExactlyInAnyOrder("housing", "attendance", "transportation");
    }
}
