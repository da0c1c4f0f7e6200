package org.copcheckin.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.copcheckin.insights.KAnonymity;

/**
 * Composes a digest from raw trend counts, applying k-anonymity to every word, theme, term and chart point.
 * Changes are shown as directions only, so a count below k never shows through a comparison. Pure.
 */
final class DigestComposer {

    static final int TOP_WORDS = 5;
    static final int TOP_THEMES = 8;
    static final int EMERGING = 5;

    private DigestComposer() {
    }

    static Digest compose(TrendSnapshot s) {
        int k = KAnonymity.threshold(s.k());
        KAnonymity.Folded words = KAnonymity.fold(s.words(), k);
        List<Digest.Line> topWords = words.shown().entrySet().stream().limit(TOP_WORDS)
                .map(e -> new Digest.Line(s.wordLabels().getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
        int otherWords = words.other() + words.shown().entrySet().stream().skip(TOP_WORDS).mapToInt(Map.Entry::getValue).sum();

        KAnonymity.Folded themes = KAnonymity.fold(s.themes(), k);
        List<Digest.ThemeTrend> trends = new ArrayList<>();
        Optional<String> suggested = Optional.empty();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Integer> theme : themes.shown().entrySet()) {
            int now = theme.getValue();
            double expected = expected(s.themesBaseline().getOrDefault(theme.getKey(), 0), s);
            String label = s.themeLabels().getOrDefault(theme.getKey(), theme.getKey());
            if (trends.size() < TOP_THEMES) {
                trends.add(new Digest.ThemeTrend(label, now,
                        Change.versusPrevious(now, s.themesPrevious().getOrDefault(theme.getKey(), 0)),
                        Change.versusAverage(now, expected)));
            }
            // the theme most above its usual level, weighted by how many raised it
            double score = now - expected;
            if (score > bestScore) {
                bestScore = score;
                suggested = Optional.of(label);
            }
        }
        int otherThemes = themes.other() + themes.shown().entrySet().stream().skip(TOP_THEMES).mapToInt(Map.Entry::getValue).sum();
        return new Digest(s.from(), s.to(), s.zone(), k, s.checkInsByKind(), s.participation(), s.members(), topWords,
                otherWords, trends, otherThemes, emerging(s, k, words.shown().keySet()), s.pairing(), suggested,
                chart(s, k));
    }

    /** Terms at least k people used, at least twice their usual rate (or new), most used first. */
    static List<String> emerging(TrendSnapshot s, int k, Set<String> topWordStems) {
        return KAnonymity.fold(s.terms(), k).shown().entrySet().stream()
                .filter(e -> !topWordStems.contains(e.getKey()))
                .filter(e -> expected(s.termsBaseline().getOrDefault(e.getKey(), 0), s) * 2 <= e.getValue())
                .limit(EMERGING).map(Map.Entry::getKey).toList();
    }

    private static double expected(int baselineCount, TrendSnapshot s) {
        return s.baselineDays() <= 0 ? 0 : (double) baselineCount * s.periodDays() / s.baselineDays();
    }

    private static Digest.Chart chart(TrendSnapshot s, int k) {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        s.weeklyThemes().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Integer>> e) ->
                        -e.getValue().stream().mapToInt(Integer::intValue).sum()).thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    List<Integer> shown = e.getValue().stream().map(n -> KAnonymity.shows(n, k) ? n : 0).toList();
                    if (shown.stream().anyMatch(n -> n > 0) && series.size() < TOP_THEMES) {
                        series.put(s.themeLabels().getOrDefault(e.getKey(), e.getKey()), shown);
                    }
                });
        return new Digest.Chart(s.weeks(), series);
    }
}
