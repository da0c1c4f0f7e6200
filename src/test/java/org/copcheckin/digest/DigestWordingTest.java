package org.copcheckin.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.copcheckin.community.Community;
import org.copcheckin.community.PairingMode;
import org.copcheckin.insights.Cell;
import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.insights.TrendRevision;
import org.copcheckin.insights.WeekCells;
import org.copcheckin.support.Fixtures;
import org.junit.jupiter.api.Test;

/** What a digest says in a small community's first weeks, after forget-me, and what it asks the group. */
class DigestWordingTest {

    private static final LocalDate WEEK = LocalDate.of(2026, 11, 30);
    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final Community SIX = new Community(7, Fixtures.channel("C-SIX"), ZONE, 3, PairingMode.OPT_OUT,
            Instant.parse("2026-11-30T09:00:00Z"));
    private static final Map<String, String> LABELS = Map.of("housing", "Housing", "transportation", "Transportation",
            "mental-health", "Mental health", "funding", "Funding");

    private static WeekCells week(LocalDate start, int people, Map<String, Integer> themes, Map<String, Integer> words) {
        Map<TrendKind, Map<String, Cell>> items = new EnumMap<>(TrendKind.class);
        items.put(TrendKind.THEME, cells(themes));
        items.put(TrendKind.WORD, cells(words));
        items.put(TrendKind.TERM, cells(Map.of("bus", 3, "rent", 4)));
        return new WeekCells(start, false, people >= 3 ? OptionalInt.of(people) : OptionalInt.empty(),
                people >= 3 ? OptionalInt.of(people) : OptionalInt.empty(), items);
    }

    private static Map<String, Cell> cells(Map<String, Integer> counts) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> cells.put(e.getKey(), new Cell(e.getKey(), Optional.empty(), e.getValue())));
        return cells;
    }

    /** The period is the week of 30 Nov; {@code before} weeks of history precede it, each with {@code earlier}. */
    private static Digest digest(int weeksBefore, WeekCells period, Map<String, Integer> earlier,
                                 Set<TrendRevision> revisions) {
        List<WeekCells> weeks = new ArrayList<>();
        for (int i = 8; i >= 1; i--) {
            weeks.add(i <= weeksBefore ? week(WEEK.minusWeeks(i), 5, earlier, Map.of())
                    : new WeekCells(WEEK.minusWeeks(i), false, OptionalInt.empty(), OptionalInt.empty(), Map.of()));
        }
        weeks.add(period);
        TrendSnapshot s = new TrendSnapshot(new TrendQuery(SIX, WEEK, WEEK, false),
                new TrendCells(3, weeks, OptionalInt.of(6), false), ZONE, Map.of("challenge", 1), LABELS,
                Optional.empty(), new TrendSnapshot.History(weeksBefore, revisions));
        return DigestComposer.compose(s);
    }

    @Test
    void aSmallCommunitysFirstWeekSaysThereIsNoHistoryInsteadOfCallingEveryThemeNew() {
        // six members, five replied; each one-word answer was different, two themes reached three people
        String text = DigestMessage.of(digest(0, week(WEEK, 5, Map.of("housing", 4, "transportation", 3), Map.of()),
                Map.of(), Set.of())).plainText();

        assertThat(text).contains("week of 30 Nov: 5 people, 5 replies (83% of the channel's 6 members)")
                .contains("*History:* this is the community's first week with cop-checkin, so there is no history "
                        + "to compare with yet")
                .contains("Housing: 4 people, no earlier weeks to compare with yet")
                .contains("*Top one-word answers:* none to show: a digest names an answer only when at least 3 "
                        + "people gave it")
                .contains("*Emerging terms:* not yet")
                .doesNotContain("new against the last 8 weeks").doesNotContain("new since the previous period")
                .doesNotContain("bus").doesNotContain("other:");
    }

    @Test
    void aWeekOfThePeriodBeforeTheCommunityBeganSaysSoInsteadOfFewerThanK() {
        List<WeekCells> weeks = new ArrayList<>();
        for (int i = 9; i >= 1; i--) {
            weeks.add(new WeekCells(WEEK.minusWeeks(i), false, OptionalInt.empty(), OptionalInt.empty(), Map.of()));
        }
        weeks.add(week(WEEK, 5, Map.of("housing", 3), Map.of()));
        TrendSnapshot s = new TrendSnapshot(new TrendQuery(SIX, WEEK.minusWeeks(1), WEEK, true),
                new TrendCells(3, weeks, OptionalInt.of(6), false), ZONE, Map.of("challenge", 1), LABELS,
                Optional.empty(), new TrendSnapshot.History(-1, Set.of()));

        String text = DigestMessage.of(DigestComposer.compose(s)).plainText();

        assertThat(text).contains("week of 23 Nov: before cop-checkin was in this channel")
                .contains("this is the community's first week with cop-checkin")
                .contains("Housing: 3 people, no earlier weeks to compare with yet");
    }

    @Test
    void inItsSecondWeekACommunityIsComparedWithThePreviousWeekOnly() {
        Digest d = digest(1, week(WEEK, 5, Map.of("housing", 4, "transportation", 3), Map.of()), Map.of("housing", 3),
                Set.of());
        String text = DigestMessage.of(d).plainText();

        assertThat(d.emerging()).isEmpty();
        assertThat(text).contains("*History:* 1 week of history before this period: themes are compared with the "
                        + "previous period; averages and emerging terms start after 4 weeks")
                .contains("Housing: 4 people, ▲ up on the previous period\n")
                .contains("Transportation: 3 people, new since the previous period\n")
                .doesNotContain("8-week");
    }

    @Test
    void withFiveWeeksTheAverageIsOverThoseFiveWeeks() {
        String text = DigestMessage.of(digest(5, week(WEEK, 5, Map.of("housing", 6), Map.of()), Map.of("housing", 3),
                Set.of())).plainText();
        assertThat(text).contains("with the average of those 5 weeks")
                .contains("Housing: 6 people, ▲ up on the previous period, ▲ above its 5-week average");
    }

    @Test
    void anEstablishedCommunityHasNoHistoryLineAndOtherIsExplainedByName() {
        Map<String, Integer> words = new LinkedHashMap<>();
        List.of("tired", "hopeful", "busy", "calm", "stretched", "grateful", "curious").forEach(w -> words.put(w, 3));
        String text = DigestMessage.of(digest(8, week(WEEK, 12, Map.of("housing", 3), words), Map.of(), Set.of()))
                .plainText();
        assertThat(text).doesNotContain("*History:*")
                .contains("• also given, each by at least 3 people: stretched, tired (6 people in all, counted per week)")
                .doesNotContain("other:");
    }

    @Test
    void afterForgetMeTheDigestSaysInOneLineThatFiguresChangedAndNotWho() {
        String text = DigestMessage.of(digest(8, week(WEEK, 4, Map.of("housing", 3), Map.of()), Map.of(),
                Set.of(TrendRevision.REMOVED))).plainText();
        assertThat(text.lines().filter(line -> line.startsWith("*Figures changed:*"))).singleElement().asString()
                .contains("a member asked to be forgotten (`forget-me`) or deleted a reply")
                .contains("may have fallen below 3 people and be hidden now");
        String raised = DigestMessage.of(digest(8, week(WEEK, 4, Map.of(), Map.of()), Map.of(),
                Set.of(TrendRevision.K_RAISED))).plainText();
        assertThat(raised).contains("k was raised to 3, so figures of fewer than 3 people are hidden now");
        assertThat(DigestMessage.of(digest(8, week(WEEK, 4, Map.of(), Map.of()), Map.of(), Set.of())).plainText())
                .doesNotContain("Figures changed");
    }

    @Test
    void whatToDiscussNamesTheThreeThemesMostPeopleRaisedWithTheirChangeAndFillsInTheQuestion() {
        Digest d = digest(8, week(WEEK, 12, Map.of("housing", 7, "transportation", 5, "mental-health", 4,
                "funding", 3), Map.of()), Map.of("housing", 3, "transportation", 5), Set.of());
        String section = DiscussionSection.of(d).orElseThrow();

        assertThat(section).startsWith("*What to discuss:* the themes most people raised this period")
                .contains("• Housing: 7 people, ▲ up on the previous period, ▲ above its 8-week average")
                .contains("• Transportation: 5 people, steady on the previous period, near its 8-week average")
                .contains("• Mental health: 4 people, new since the previous period, new against the last 8 weeks")
                .doesNotContain("Funding")
                .endsWith("Ask the group: what sector trends or topics do these challenges about housing, "
                        + "transportation and mental health speak to?");
        assertThat(DigestMessage.of(d).plainText()).contains(section);
    }

    @Test
    void withNoPublishedThemeTheQuestionIsStillThereForTheGroup() {
        String section = DiscussionSection.of(digest(0, week(WEEK, 4, Map.of(), Map.of()), Map.of(), Set.of()))
                .orElseThrow();
        assertThat(section).contains("no theme was raised by 3 or more people this period")
                .endsWith("what sector trends or topics do these challenges speak to?");
    }
}
