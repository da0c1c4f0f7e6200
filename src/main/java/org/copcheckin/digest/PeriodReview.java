package org.copcheckin.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.copcheckin.insights.AnswerFamilies;
import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.WeekCells;

/**
 * What a month or a quarter adds to a digest: the themes that held (published in at least two thirds of the weeks
 * people took part), the themes that rose against the month or quarter before (when there is one to compare
 * with), and the one-word answers grouped into families. Made of published cells and their sums only. Pure.
 *
 * @param covers       how the digest names the period ("the month of November 2026")
 * @param activeWeeks  weeks of the period whose participation was published (at least k people)
 * @param earlier      whether the period before had published weeks to compare with
 */
record PeriodReview(String covers, int activeWeeks, List<Held> held, boolean earlier, List<Rose> rose,
                    List<AnswerFamilies.FamilyLine> families) {

    static final int TOP = 5;

    /** A theme published in {@code weeks} of the active weeks, with its people per week summed. */
    record Held(String label, int weeks, int people) {
    }

    /** A theme with more people than in the period before ({@code before} 0: new). */
    record Rose(String label, int people, int before) {
    }

    static PeriodReview of(String covers, TrendSnapshot s, AnswerFamilies families) {
        TrendCells period = s.periodCells();
        if (period.itemsWithheld()) {
            // a channel smaller than k: participation only, as in the rest of the digest
            return new PeriodReview(covers, 0, List.of(), false, List.of(), List.of());
        }
        int active = (int) period.weeks().stream().filter(w -> w.people().isPresent()).count();
        Map<String, Integer> weeksRaised = new HashMap<>();
        for (WeekCells week : period.weeks()) {
            week.cells(TrendKind.THEME).keySet().forEach(theme -> weeksRaised.merge(theme, 1, Integer::sum));
        }
        Map<String, Integer> people = period.sum(TrendKind.THEME);
        List<Held> held = new ArrayList<>();
        int needed = Math.max(2, (int) Math.ceil(active * 2.0 / 3));
        people.forEach((theme, n) -> {
            if (active >= 2 && weeksRaised.getOrDefault(theme, 0) >= needed) {
                held.add(new Held(label(s, theme), weeksRaised.get(theme), n));
            }
        });
        held.sort(Comparator.comparingInt(Held::weeks).reversed().thenComparing(Comparator.comparingInt(Held::people)
                .reversed()).thenComparing(Held::label));

        TrendCells before = s.previousCells();
        boolean earlier = before.weeks().stream().anyMatch(w -> w.people().isPresent());
        List<Rose> rose = new ArrayList<>();
        if (earlier) {
            Map<String, Integer> then = before.sum(TrendKind.THEME);
            people.forEach((theme, n) -> {
                int was = then.getOrDefault(theme, 0);
                // a rise worth a line: half as many again, and by at least k people
                if (n >= was * 1.5 && n - was >= s.k()) {
                    rose.add(new Rose(label(s, theme), n, was));
                }
            });
            rose.sort(Comparator.comparingInt((Rose r) -> r.people() - r.before()).reversed().thenComparing(Rose::label));
        }
        List<AnswerFamilies.FamilyLine> lines = families.group(period.sum(TrendKind.WORD), s.k(), word -> true)
                .families();
        return new PeriodReview(covers, active, List.copyOf(held.subList(0, Math.min(TOP, held.size()))), earlier,
                List.copyOf(rose.subList(0, Math.min(TOP, rose.size()))),
                List.copyOf(lines.subList(0, Math.min(TOP, lines.size()))));
    }

    private static String label(TrendSnapshot s, String theme) {
        return s.themeLabels().getOrDefault(theme, theme);
    }
}
