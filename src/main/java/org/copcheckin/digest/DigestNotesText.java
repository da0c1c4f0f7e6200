package org.copcheckin.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.copcheckin.community.Language;
import org.copcheckin.insights.TrendRevision;

/**
 * The digest's honest small print, in words: how many weeks of history there are to compare with, why figures
 * changed since an earlier digest (one line, nothing about who), and what "other" holds. Pure; the words come
 * from the community's language (bundle keys {@code digest.*}).
 */
final class DigestNotesText {

    private DigestNotesText() {
    }

    /** In a community's first weeks: how much history there is, and what is not compared yet. */
    static Optional<String> history(Digest d, Language l) {
        Baseline base = d.notes().baseline();
        if (base.history() >= TrendSnapshot.BASELINE_WEEKS) {
            return Optional.empty();
        }
        int weeks = base.history();
        String start = weeks == 0 ? l.text("digest.history.first") : l.text("digest.history.before", weeks(weeks, l));
        String compared;
        if (base.comparesAverage()) {
            compared = l.text("digest.history.average", weeks(weeks, l));
        } else if (base.comparesPrevious()) {
            compared = l.text("digest.history.previous", Baseline.MIN_AVERAGE_WEEKS);
        } else {
            compared = l.text("digest.history.none", Baseline.MIN_AVERAGE_WEEKS);
        }
        return Optional.of(l.text("digest.history", start, compared));
    }

    /** One line when forget-me, a deleted reply or a new k changed figures of these weeks; nothing about who. */
    static Optional<String> revisions(Digest d, Language l) {
        Set<TrendRevision> reasons = d.notes().revisions();
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        List<String> why = new ArrayList<>();
        if (reasons.contains(TrendRevision.REMOVED)) {
            why.add(l.text("digest.revised.removed", d.k()));
        }
        if (reasons.contains(TrendRevision.K_RAISED)) {
            why.add(l.text("digest.revised.raised", d.k()));
        }
        if (reasons.contains(TrendRevision.K_LOWERED)) {
            why.add(l.text("digest.revised.lowered", d.k()));
        }
        return Optional.of(l.text("digest.revised", String.join(l.text("digest.revised.and"), why)));
    }

    /**
     * One line when the school calendar skipped days of the period: which weeks were a break (every weekday
     * skipped), or which days, so fewer check-ins there read as the calendar's doing and not as a drop.
     */
    static Optional<String> breaks(Digest d, Language l) {
        List<Digest.Break> breaks = d.notes().breaks();
        if (breaks.isEmpty()) {
            return Optional.empty();
        }
        DateTimeFormatter shortDay = DigestMessage.shortDay(l);
        List<String> wholeWeeks = new ArrayList<>();
        for (Digest.Week week : d.weeks()) {
            LocalDate monday = week.start();
            boolean every = IntStream.range(0, 5).mapToObj(monday::plusDays)
                    .allMatch(day -> breaks.stream().anyMatch(b -> !day.isBefore(b.first()) && !day.isAfter(b.last())));
            if (every) {
                wholeWeeks.add(shortDay.format(monday));
            }
        }
        String ranges = String.join("; ", breaks.stream().map(b -> b.label() + ", " + (b.first().equals(b.last())
                ? shortDay.format(b.first())
                : l.text("digest.range", shortDay.format(b.first()), shortDay.format(b.last())))).toList());
        String what = wholeWeeks.isEmpty() ? l.text("digest.breaks.days", ranges)
                : (wholeWeeks.size() == 1 ? l.text("digest.breaks.week", wholeWeeks.get(0))
                : l.text("digest.breaks.weeks", String.join(", ", wholeWeeks))) + " (" + ranges + ")";
        return Optional.of(l.text("digest.breaks", what));
    }

    /** "Other" in words: the published items beyond the top ones, by name, and what their count means. */
    static String other(List<String> labels, int people, String what, int k, Language l) {
        if (labels.isEmpty()) {
            return "";
        }
        int shown = Math.min(labels.size(), 6);
        String names = String.join(", ", labels.subList(0, shown))
                + (labels.size() > shown ? l.text("digest.other.more", labels.size() - shown) : "");
        return "\n• " + l.text("digest.other", what, k, names, l.plural("digest.people", people));
    }

    /** Why a list is empty: a figure shows only from k people, and nothing says whether anyone gave one. */
    static String noneShown(String what, int k, Language l) {
        return " " + l.text("digest.none.shown", what, k);
    }

    static String weeks(int n) {
        return weeks(n, Language.EN);
    }

    static String weeks(int n, Language l) {
        return l.plural("digest.weeks", n);
    }
}
