package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.copcheckin.insights.TrendRevision;

/**
 * The digest's honest small print, in words: how many weeks of history there are to compare with, why figures
 * changed since an earlier digest (one line, nothing about who), and what "other" holds. Pure.
 */
final class DigestNotesText {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DigestNotesText() {
    }

    /** In a community's first weeks: how much history there is, and what is not compared yet. */
    static Optional<String> history(Digest d) {
        Baseline base = d.notes().baseline();
        if (base.history() >= TrendSnapshot.BASELINE_WEEKS) {
            return Optional.empty();
        }
        int weeks = base.history();
        String start = weeks == 0 ? "this is the community's first week with cop-checkin, so there is no history to "
                + "compare with yet"
                : weeks(weeks) + " of history before this period";
        String compared;
        if (base.comparesAverage()) {
            compared = "themes are compared with the previous period and with the average of those " + weeks(weeks);
        } else if (base.comparesPrevious()) {
            compared = "themes are compared with the previous period; averages and emerging terms start after "
                    + Baseline.MIN_AVERAGE_WEEKS + " weeks";
        } else {
            compared = "changes, averages and emerging terms start once there are earlier weeks to compare with "
                    + "(averages after " + Baseline.MIN_AVERAGE_WEEKS + " weeks)";
        }
        return Optional.of("*History:* " + start + ": " + compared + ".");
    }

    /** One line when forget-me, a deleted reply or a new k changed figures of these weeks; nothing about who. */
    static Optional<String> revisions(Digest d) {
        Set<TrendRevision> reasons = d.notes().revisions();
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        if (reasons.contains(TrendRevision.REMOVED)) {
            why.add("a member asked to be forgotten (`forget-me`) or deleted a reply, so those answers no longer count "
                    + "and a figure they were part of may have fallen below " + d.k() + " people and be hidden now");
        }
        if (reasons.contains(TrendRevision.K_RAISED)) {
            why.add("k was raised to " + d.k() + ", so figures of fewer than " + d.k() + " people are hidden now");
        }
        if (reasons.contains(TrendRevision.K_LOWERED)) {
            why.add("k was lowered to " + d.k() + ", so figures of " + d.k() + " people or more that were hidden "
                    + "show now");
        }
        return Optional.of("*Figures changed:* some figures of these weeks differ from an earlier digest: "
                + String.join("; and ", why) + ".");
    }

    /**
     * One line when the school calendar skipped days of the period: which weeks were a break (every weekday
     * skipped), or which days, so fewer check-ins there read as the calendar's doing and not as a drop.
     */
    static Optional<String> breaks(Digest d) {
        List<Digest.Break> breaks = d.notes().breaks();
        if (breaks.isEmpty()) {
            return Optional.empty();
        }
        List<String> wholeWeeks = new ArrayList<>();
        for (Digest.Week week : d.weeks()) {
            LocalDate monday = week.start();
            boolean every = IntStream.range(0, 5).mapToObj(monday::plusDays)
                    .allMatch(day -> breaks.stream().anyMatch(b -> !day.isBefore(b.first()) && !day.isAfter(b.last())));
            if (every) {
                wholeWeeks.add(SHORT.format(monday));
            }
        }
        String ranges = String.join("; ", breaks.stream().map(b -> b.label() + ", " + (b.first().equals(b.last())
                ? SHORT.format(b.first()) : SHORT.format(b.first()) + " to " + SHORT.format(b.last()))).toList());
        String what = wholeWeeks.isEmpty() ? "the school calendar skipped days of this period (" + ranges + ")"
                : (wholeWeeks.size() == 1 ? "the week of " + wholeWeeks.get(0) + " was a break"
                : "the weeks of " + String.join(", ", wholeWeeks) + " were a break") + " (" + ranges + ")";
        return Optional.of("*School calendar:* " + what + ": scheduled runs on those days did not run, so fewer "
                + "check-ins there are the calendar's doing.");
    }

    /** "Other" in words: the published items beyond the top ones, by name, and what their count means. */
    static String other(List<String> labels, int people, String what, int k) {
        if (labels.isEmpty()) {
            return "";
        }
        int shown = Math.min(labels.size(), 6);
        String names = String.join(", ", labels.subList(0, shown))
                + (labels.size() > shown ? " and " + (labels.size() - shown) + " more" : "");
        return "\n• also " + what + ", each by at least " + k + " people: " + names + " (" + people
                + (people == 1 ? " person" : " people") + " in all, counted per week)";
    }

    /** Why a list is empty: a figure shows only from k people, and nothing says whether anyone gave one. */
    static String noneShown(String what, int k) {
        return " none to show: a digest names " + what + " only when at least " + k + " people gave it, and none "
                + "reached " + k + " this period";
    }

    static String weeks(int n) {
        return n + (n == 1 ? " week" : " weeks");
    }
}
