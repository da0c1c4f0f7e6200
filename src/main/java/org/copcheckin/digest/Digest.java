package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.copcheckin.insights.TrendRevision;

/**
 * A composed digest, platform-neutral, made of published figures only: every count in it is a weekly cell of at
 * least k people or a sum of such cells. Counts of several weeks are people per week, summed.
 *
 * @param firstWeek      the Monday of the first week covered
 * @param lastWeek       the Monday of the last week covered
 * @param soFar          the last week is the current one, unfinished (on-demand digests only)
 * @param checkInsByKind check-ins run per prompt word, most first
 * @param weeks          participation per week: people and replies when at least k people took part
 * @param members        the channel's human members, when the platform could list them
 * @param itemsWithheld  the channel has fewer than k members: participation only
 * @param otherWords     published answers beyond the top ones (people per week, summed)
 * @param emerging       terms of published cells, well above their 8-week rate
 * @param notes          the community's history, why figures changed, and what "other" holds
 * @param review         for a monthly or quarterly digest: the themes that held and rose, and answer families
 */
record Digest(LocalDate firstWeek, LocalDate lastWeek, boolean soFar, ZoneId zone, int k,
              Map<String, Integer> checkInsByKind, List<Week> weeks, OptionalInt members, boolean itemsWithheld,
              List<Line> topWords, int otherWords, List<ThemeTrend> themes, int otherThemes, List<String> emerging,
              Optional<PairingSummary> pairing, Optional<String> suggestedTheme, Chart chart, Notes notes,
              Optional<PeriodReview> review) {

    /** A digest with its notes, of a week or of weeks asked for: no month or quarter review. */
    Digest(LocalDate firstWeek, LocalDate lastWeek, boolean soFar, ZoneId zone, int k,
           Map<String, Integer> checkInsByKind, List<Week> weeks, OptionalInt members, boolean itemsWithheld,
           List<Line> topWords, int otherWords, List<ThemeTrend> themes, int otherThemes, List<String> emerging,
           Optional<PairingSummary> pairing, Optional<String> suggestedTheme, Chart chart, Notes notes) {
        this(firstWeek, lastWeek, soFar, zone, k, checkInsByKind, weeks, members, itemsWithheld, topWords, otherWords,
                themes, otherThemes, emerging, pairing, suggestedTheme, chart, notes, Optional.empty());
    }

    /** A digest of an established community with no revised figures, nothing named under "other", no review. */
    Digest(LocalDate firstWeek, LocalDate lastWeek, boolean soFar, ZoneId zone, int k,
           Map<String, Integer> checkInsByKind, List<Week> weeks, OptionalInt members, boolean itemsWithheld,
           List<Line> topWords, int otherWords, List<ThemeTrend> themes, int otherThemes, List<String> emerging,
           Optional<PairingSummary> pairing, Optional<String> suggestedTheme, Chart chart) {
        this(firstWeek, lastWeek, soFar, zone, k, checkInsByKind, weeks, members, itemsWithheld, topWords, otherWords,
                themes, otherThemes, emerging, pairing, suggestedTheme, chart,
                new Notes(new Baseline(TrendSnapshot.BASELINE_WEEKS, weeks.size()), Set.of(), List.of(), List.of()));
    }

    /**
     * @param baseline         what the period could be compared with
     * @param revisions        why figures of these weeks changed since first counted (forget-me, a new k)
     * @param otherWordLabels  published answers beyond the top ones, by name
     * @param otherThemeLabels published themes beyond the top ones, by name
     * @param breaks           the school calendar's skips that share days with the period
     */
    record Notes(Baseline baseline, Set<TrendRevision> revisions, List<String> otherWordLabels,
                 List<String> otherThemeLabels, List<Break> breaks) {
        Notes {
            revisions = Set.copyOf(revisions);
            otherWordLabels = List.copyOf(otherWordLabels);
            otherThemeLabels = List.copyOf(otherThemeLabels);
            breaks = List.copyOf(breaks);
        }

        Notes(Baseline baseline, Set<TrendRevision> revisions, List<String> otherWordLabels,
              List<String> otherThemeLabels) {
            this(baseline, revisions, otherWordLabels, otherThemeLabels, List.of());
        }
    }

    /** Days the school calendar skipped (first and last included), with the calendar's label. */
    record Break(LocalDate first, LocalDate last, String label) {
    }

    /** The same digest with the calendar's skips in its period. */
    Digest withBreaks(List<Break> breaks) {
        Notes with = new Notes(notes.baseline(), notes.revisions(), notes.otherWordLabels(), notes.otherThemeLabels(),
                breaks);
        return new Digest(firstWeek, lastWeek, soFar, zone, k, checkInsByKind, weeks, members, itemsWithheld, topWords,
                otherWords, themes, otherThemes, emerging, pairing, suggestedTheme, chart, with, review);
    }

    /** The same digest with the review of its month or quarter. */
    Digest withReview(PeriodReview review) {
        return new Digest(firstWeek, lastWeek, soFar, zone, k, checkInsByKind, weeks, members, itemsWithheld, topWords,
                otherWords, themes, otherThemes, emerging, pairing, suggestedTheme, chart, notes, Optional.of(review));
    }

    int checkInsRun() {
        return checkInsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    int weekCount() {
        return weeks.size();
    }

    /** One week's participation. */
    record Week(LocalDate start, boolean soFar, OptionalInt people, OptionalInt replies) {
    }

    /** A label and how many people gave it (per week, summed over the period's weeks). */
    record Line(String label, int people) {
    }

    record ThemeTrend(String label, int people, Change versusPrevious, Change versusEightWeeks) {
    }

    /**
     * What the digest's chart draws: the period's themes as bars, and the same themes week by week. Every row has
     * one cell per week of {@code weeks}, so the series line up; a cell is empty when fewer than k people raised the
     * theme that week, or nobody did (the digest never says which), and is drawn as hidden, never as 0.
     *
     * @param weeks the Mondays drawn, from the first week with published figures to the period's last week
     * @param bars  the period's themes, most people first (people per week, summed)
     * @param rows  the same themes, in the same order, one cell per week
     */
    record Chart(int k, List<LocalDate> weeks, List<Bar> bars, List<Row> rows) {

        Chart {
            weeks = List.copyOf(weeks);
            bars = List.copyOf(bars);
            rows = List.copyOf(rows);
        }

        boolean isEmpty() {
            return bars.isEmpty();
        }

        record Bar(String label, int people) {
        }

        record Row(String label, List<OptionalInt> cells) {
            Row {
                cells = List.copyOf(cells);
            }
        }
    }
}
