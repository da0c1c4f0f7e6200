package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.copcheckin.digest.DigestFixtures.COMMUNITY;
import static org.copcheckin.digest.DigestFixtures.week;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.copcheckin.insights.BundledFamilies;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.WeekCells;
import org.copcheckin.platform.Message;
import org.copcheckin.scheduling.Schedule;
import org.junit.jupiter.api.Test;

/** The monthly and quarterly digest: its weeks, the themes that held and rose, the answer families. */
class PeriodReviewTest {

    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    private static Schedule schedule(String spec) {
        return new Schedule(1, 1, org.copcheckin.scheduling.ScheduledAction.DIGEST, spec, "", DigestFixtures.ZONE,
                java.time.Instant.EPOCH);
    }

    @Test
    void aMonthlyScheduleCoversTheWeeksWhoseMondayIsInTheMonthBefore() {
        assertThat(Coverage.of(schedule("monthly first mon 09:00"))).isEqualTo(Coverage.MONTH);
        assertThat(Coverage.of(schedule("quarterly first mon 09:00"))).isEqualTo(Coverage.QUARTER);
        assertThat(Coverage.of(schedule("weekly mon 09:00"))).isEqualTo(Coverage.WEEK);
        // the first Monday of December 2026 is the 7th: November's Mondays are the 2nd to the 30th
        TrendQuery month = Coverage.MONTH.period(COMMUNITY, LocalDate.of(2026, 12, 7));
        assertThat(month.firstWeek()).isEqualTo(NOV_2);
        assertThat(month.lastWeek()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(month.weekCount()).isEqualTo(5);
        assertThat(Coverage.MONTH.describe(month)).isEqualTo("the month of November 2026");
    }

    @Test
    void aMonthlyDigestRunEarlyNeverReadsTheWeekInProgress() {
        // run on Tuesday 1 December: the week of 30 November is not over
        TrendQuery month = Coverage.MONTH.period(COMMUNITY, LocalDate.of(2026, 12, 1));
        assertThat(month.lastWeek()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void aQuarterlyDigestCoversTheQuarterBefore() {
        TrendQuery quarter = Coverage.QUARTER.period(COMMUNITY, LocalDate.of(2027, 1, 4));
        assertThat(quarter.firstWeek()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(quarter.lastWeek()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(quarter.weekCount()).isEqualTo(13);
        assertThat(Coverage.QUARTER.describe(quarter)).isEqualTo("the quarter Q4 2026");
    }

    @Test
    void themesThatHeldRoseAndTheAnswerFamiliesOfTheMonth() {
        List<WeekCells> weeks = new ArrayList<>();
        for (int i = 5; i >= 1; i--) { // October: funding every week, housing once
            weeks.add(week(NOV_2.minusWeeks(i), 6, i == 3 ? Map.of("funding", 3, "housing", 3) : Map.of("funding", 4),
                    Map.of()));
        }
        weeks.add(week(NOV_2, 7, Map.of("housing", 4, "funding", 4), Map.of("tired", 3)));
        weeks.add(week(NOV_2.plusWeeks(1), 7, Map.of("housing", 5), Map.of("exhausted", 3)));
        weeks.add(week(NOV_2.plusWeeks(2), 2, Map.of(), Map.of())); // fewer than k took part: not an active week
        weeks.add(week(NOV_2.plusWeeks(3), 8, Map.of("housing", 4, "funding", 3, "transportation", 3), Map.of()));
        weeks.add(week(NOV_2.plusWeeks(4), 6, Map.of("funding", 3), Map.of("drained", 3)));
        TrendSnapshot s = DigestFixtures.snapshot(NOV_2, NOV_2.plusWeeks(4), weeks);

        PeriodReview review = PeriodReview.of("the month of November 2026", s, BundledFamilies.get());

        assertThat(review.activeWeeks()).isEqualTo(4);
        assertThat(review.held()).containsExactly(new PeriodReview.Held("Housing and landlords", 3, 13),
                new PeriodReview.Held("Funding", 3, 10));
        assertThat(review.earlier()).isTrue();
        // housing: 13 against 3 in October; funding 10 against 19 did not rise; transportation 3 from 0 is new
        assertThat(review.rose()).containsExactly(new PeriodReview.Rose("Housing and landlords", 13, 3),
                new PeriodReview.Rose("Transportation", 3, 0));
        assertThat(review.families()).singleElement().satisfies(family -> {
            assertThat(family.people()).isEqualTo(9);
            assertThat(family.words()).containsExactly("drained", "exhausted", "tired");
        });

        Digest digest = DigestComposer.compose(s).withReview(review);
        Message message = DigestMessage.of(digest);
        String text = String.join("\n", message.paragraphs());
        assertThat(text).contains("*Over the month of November 2026:* 4 weeks with at least 3 people taking part.")
                .contains("• Housing and landlords: 3 of 4 weeks, 13 people over the weeks")
                .contains("• Transportation: 3 people, not shown before")
                .contains("(9): drained, exhausted, tired");
    }

    @Test
    void aFirstMonthSaysThereIsNothingToCompareWith() {
        List<WeekCells> weeks = new ArrayList<>();
        for (int i = 5; i >= 1; i--) {
            weeks.add(week(NOV_2.minusWeeks(i), 0, Map.of(), Map.of()));
        }
        weeks.add(week(NOV_2, 5, Map.of("housing", 3), Map.of()));
        TrendSnapshot s = DigestFixtures.snapshot(NOV_2, NOV_2, weeks);

        PeriodReview review = PeriodReview.of("the month of November 2026", s, BundledFamilies.get());

        assertThat(review.earlier()).isFalse();
        assertThat(review.held()).isEmpty();
        assertThat(PeriodReviewText.paragraphs(review, 3)).anySatisfy(p -> assertThat(p)
                .contains("no earlier period with published figures to compare with"))
                .anySatisfy(p -> assertThat(p).contains("not enough weeks with people taking part to tell"));
    }
}
