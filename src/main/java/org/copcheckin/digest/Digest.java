package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.copcheckin.insights.Participation;

/**
 * A composed digest, platform-neutral and already k-anonymous: every label in it was given by at least k people.
 *
 * @param checkInsByKind check-ins run per prompt word, most first
 * @param members        the channel's human members, when the platform could list them
 * @param otherWords     mentions folded into "other" (words given by fewer than k people)
 * @param emerging       terms given by at least k people, well above their 8-week rate
 */
record Digest(LocalDate from, LocalDate to, ZoneId zone, int k, Map<String, Integer> checkInsByKind,
              Participation participation, OptionalInt members, List<Line> topWords, int otherWords,
              List<ThemeTrend> themes, int otherThemes, List<String> emerging, Optional<PairingSummary> pairing,
              Optional<String> suggestedTheme, Chart chart) {

    int checkInsRun() {
        return checkInsByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A label and how many distinct participants gave it. */
    record Line(String label, int participants) {
    }

    record ThemeTrend(String label, int participants, Change versusPrevious, Change versusEightWeeks) {
    }

    /**
     * Themes per week over the last 8 weeks; a week with fewer than k participants for a theme shows 0.
     *
     * @param weeks  the Monday of each week
     * @param series theme label to one count per week
     */
    record Chart(List<LocalDate> weeks, Map<String, List<Integer>> series) {
        boolean isEmpty() {
            return series.isEmpty();
        }
    }
}
