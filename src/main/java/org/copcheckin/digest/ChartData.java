package org.copcheckin.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.copcheckin.insights.Cell;
import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendKind;
import org.copcheckin.insights.WeekCells;

/**
 * The data of the digest's chart, from published cells only: the period's top themes as bars, and those themes in
 * each week from the first week with published figures (no empty weeks drawn before a community began) to the
 * period's last; a week where a theme has no published cell is hidden, not 0. Pure.
 */
final class ChartData {

    private ChartData() {
    }

    static Digest.Chart of(TrendSnapshot s) {
        TrendCells period = s.periodCells();
        List<Map.Entry<String, Integer>> top = period.sum(TrendKind.THEME).entrySet().stream()
                .limit(DigestComposer.TOP_THEMES).toList();
        List<LocalDate> weeks = weeks(s);
        List<Digest.Chart.Bar> bars = new ArrayList<>();
        List<Digest.Chart.Row> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> theme : top) {
            String label = s.themeLabels().getOrDefault(theme.getKey(), theme.getKey());
            bars.add(new Digest.Chart.Bar(label, theme.getValue()));
            List<OptionalInt> cells = new ArrayList<>();
            for (LocalDate week : weeks) {
                Cell cell = s.published().week(week).map(w -> w.cells(TrendKind.THEME).get(theme.getKey())).orElse(null);
                cells.add(cell == null ? OptionalInt.empty() : OptionalInt.of(cell.people()));
            }
            rows.add(new Digest.Chart.Row(label, cells));
        }
        return new Digest.Chart(s.k(), weeks, bars, rows);
    }

    /** The weeks ending with the period's last (8, or the period's own if longer), from the first with figures. */
    private static List<LocalDate> weeks(TrendSnapshot s) {
        int span = Math.max(TrendSnapshot.BASELINE_WEEKS, s.periodWeeks());
        LocalDate last = s.period().lastWeek();
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = span - 1; i >= 0; i--) {
            LocalDate week = last.minusWeeks(i);
            if (!weeks.isEmpty() || s.published().week(week).filter(ChartData::hasFigures).isPresent()) {
                weeks.add(week);
            }
        }
        return weeks;
    }

    private static boolean hasFigures(WeekCells week) {
        return week.people().isPresent() || !week.cells(TrendKind.THEME).isEmpty();
    }
}
