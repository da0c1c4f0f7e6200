package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.copcheckin.insights.Participation;

/**
 * The raw counts a digest is composed from (distinct participants per term or theme), read by
 * {@link DigestQueries}. Nothing in here has been through k-anonymity yet: only {@link DigestComposer} reads it.
 *
 * @param baselineFrom first day of the 8 weeks before {@code from}
 * @param weeklyThemes theme id to its counts per week, for the chart (oldest week first)
 */
record TrendSnapshot(LocalDate from, LocalDate to, ZoneId zone, int k, Map<String, Integer> checkInsByKind,
                     Participation participation, OptionalInt members,
                     Map<String, Integer> words, Map<String, String> wordLabels,
                     Map<String, Integer> themes, Map<String, Integer> themesPrevious, Map<String, Integer> themesBaseline,
                     Map<String, Integer> terms, Map<String, Integer> termsBaseline, LocalDate baselineFrom,
                     java.util.List<LocalDate> weeks, Map<String, java.util.List<Integer>> weeklyThemes,
                     Map<String, String> themeLabels, Optional<PairingSummary> pairing) {

    int periodDays() {
        return (int) (to.toEpochDay() - from.toEpochDay() + 1);
    }

    int baselineDays() {
        return (int) (from.toEpochDay() - baselineFrom.toEpochDay());
    }
}
