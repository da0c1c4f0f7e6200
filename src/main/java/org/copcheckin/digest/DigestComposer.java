package org.copcheckin.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.insights.TrendCells;
import org.copcheckin.insights.TrendKind;

/**
 * Composes a digest from published cells. Nothing here can see a count below k: the insights module never hands
 * one out. Totals are sums of weekly cells, and changes (up, down, new) compare sums of published cells only, so
 * no comparison shows a hidden count. Pure.
 */
final class DigestComposer {

    static final int TOP_WORDS = 5;
    static final int TOP_THEMES = 8;
    static final int EMERGING = 5;

    private DigestComposer() {
    }

    static Digest compose(TrendSnapshot s) {
        TrendCells period = s.periodCells();
        if (period.itemsWithheld()) {
            // a channel smaller than k: any answer could point to one of its members
            s = new TrendSnapshot(s.period(), withoutItems(s.published()), s.zone(), s.checkInsByKind(),
                    s.themeLabels(), s.pairing(), s.history());
            period = s.periodCells();
        }
        Baseline base = Baseline.of(s);
        Map<String, Integer> wordSums = period.sum(TrendKind.WORD);
        Map<String, String> wordLabels = period.labels(TrendKind.WORD);
        List<Digest.Line> topWords = wordSums.entrySet().stream().limit(TOP_WORDS)
                .map(e -> new Digest.Line(wordLabels.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        int otherWords = wordSums.values().stream().skip(TOP_WORDS).mapToInt(Integer::intValue).sum();

        Map<String, Integer> themes = period.sum(TrendKind.THEME);
        Map<String, Integer> previous = s.previousCells().sum(TrendKind.THEME);
        Map<String, Integer> baseline = s.baselineCells().sum(TrendKind.THEME);
        List<Digest.ThemeTrend> trends = new ArrayList<>();
        Optional<String> suggested = Optional.empty();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Integer> theme : themes.entrySet()) {
            int now = theme.getValue();
            double expected = base.expected(baseline.getOrDefault(theme.getKey(), 0));
            String label = s.themeLabels().getOrDefault(theme.getKey(), theme.getKey());
            if (trends.size() < TOP_THEMES) {
                trends.add(new Digest.ThemeTrend(label, now,
                        base.versusPrevious(now, previous.getOrDefault(theme.getKey(), 0)),
                        base.versusAverage(now, baseline.getOrDefault(theme.getKey(), 0))));
            }
            // the theme most above its usual level, weighted by how many raised it
            double score = now - expected;
            if (score > bestScore) {
                bestScore = score;
                suggested = Optional.of(label);
            }
        }
        int otherThemes = themes.values().stream().skip(TOP_THEMES).mapToInt(Integer::intValue).sum();
        List<Digest.Week> weeks = period.weeks().stream().map(w -> new Digest.Week(w.start(), w.soFar(), w.people(),
                w.replies(), takingPart(w, TrendKind.REPLIED), takingPart(w, TrendKind.REACTED))).toList();
        return new Digest(s.period().firstWeek(), s.period().lastWeek(), period.includesWeekSoFar(), s.zone(), s.k(),
                s.checkInsByKind(), weeks, period.channelMembers(), period.itemsWithheld(), topWords, otherWords,
                trends, otherThemes, emerging(s, wordSums.keySet()), s.pairing(), suggested, ChartData.of(s),
                notes(s, base, wordSums, wordLabels, themes));
    }

    /** The history, the revisions, and what "other" holds by name (published items beyond the top ones). */
    private static Digest.Notes notes(TrendSnapshot s, Baseline base, Map<String, Integer> words,
                                      Map<String, String> wordLabels, Map<String, Integer> themes) {
        return new Digest.Notes(base, s.history().revisions(),
                words.keySet().stream().skip(TOP_WORDS).map(w -> wordLabels.getOrDefault(w, w)).toList(),
                themes.keySet().stream().skip(TOP_THEMES).map(t -> s.themeLabels().getOrDefault(t, t)).toList());
    }

    /** How many replied or only reacted, when the week's participation is split (both at least k). */
    private static java.util.OptionalInt takingPart(org.copcheckin.insights.WeekCells week, String item) {
        org.copcheckin.insights.Cell cell = week.cells(TrendKind.TAKEPART).get(item);
        return cell == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(cell.people());
    }

    private static TrendCells withoutItems(TrendCells cells) {
        return new TrendCells(cells.k(), cells.weeks().stream().map(w -> new org.copcheckin.insights.WeekCells(w.start(),
                w.soFar(), w.people(), w.replies(), Map.of())).toList(), cells.channelMembers(), true);
    }

    /** Terms of published cells, at least twice their usual rate (or new), most people first. */
    static List<String> emerging(TrendSnapshot s, Set<String> wordStems) {
        Baseline base = Baseline.of(s);
        if (!base.comparesAverage()) {
            return List.of(); // in a community's first weeks every term is "new": that says nothing
        }
        Map<String, Integer> baseline = s.baselineCells().sum(TrendKind.TERM);
        return s.periodCells().sum(TrendKind.TERM).entrySet().stream()
                .filter(e -> !wordStems.contains(e.getKey()))
                .filter(e -> base.expected(baseline.getOrDefault(e.getKey(), 0)) * 2 <= e.getValue())
                .limit(EMERGING).map(Map.Entry::getKey).toList();
    }

    private static double expected(int baselineCount, TrendSnapshot s) {
        return (double) baselineCount * s.periodWeeks() / TrendSnapshot.BASELINE_WEEKS;
    }
}
