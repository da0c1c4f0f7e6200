package org.copcheckin.insights;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What {@link PublishedTrends} answers: one {@link WeekCells} per week asked for (weeks without replies included,
 * so series line up), and sums over them. Every number in here is a published cell (at least k people) or a sum of
 * published cells, so no combination of answers, over any weeks, gives away a cell below k or which item a hidden
 * cell was about. Immutable.
 *
 * @param k              the community's k when this was read
 * @param weeks          oldest first
 * @param channelMembers the channel's human members, when the platform could list them
 * @param itemsWithheld  the channel has fewer than k members: participation only, no words, themes or terms
 */
public record TrendCells(int k, List<WeekCells> weeks, OptionalInt channelMembers, boolean itemsWithheld) {

    public TrendCells {
        weeks = List.copyOf(weeks);
    }

    /** The weeks from {@code firstWeek} to {@code lastWeek} (Mondays), both included. */
    public TrendCells between(LocalDate firstWeek, LocalDate lastWeek) {
        LocalDate first = Weeks.startOf(firstWeek);
        LocalDate last = Weeks.startOf(lastWeek);
        return new TrendCells(k, weeks.stream().filter(w -> !w.start().isBefore(first) && !w.start().isAfter(last))
                .toList(), channelMembers, itemsWithheld);
    }

    public Optional<WeekCells> week(LocalDate weekStart) {
        LocalDate start = Weeks.startOf(weekStart);
        return weeks.stream().filter(w -> w.start().equals(start)).findFirst();
    }

    /** Whether the current, unfinished week is among these (then shown as "so far"). */
    public boolean includesWeekSoFar() {
        return weeks.stream().anyMatch(WeekCells::soFar);
    }

    /**
     * Each item's published weekly cells summed over these weeks, most first (ties by item): people per week, so a
     * person who gave it in two weeks counts in both.
     */
    public Map<String, Integer> sum(TrendKind kind) {
        Map<String, Integer> sums = new HashMap<>();
        weeks.forEach(week -> week.cells(kind).forEach((item, cell) -> sums.merge(item, cell.people(), Integer::sum)));
        return sorted(sums);
    }

    /** Published weekly people, summed: one week's people, or people-weeks over several. */
    public int peopleWeeks() {
        return weeks.stream().mapToInt(week -> week.people().orElse(0)).sum();
    }

    /** Published weekly replies, summed. */
    public int replies() {
        return weeks.stream().mapToInt(week -> week.replies().orElse(0)).sum();
    }

    /** How to show each item: the label of the week in which most people gave it, else the item. */
    public Map<String, String> labels(TrendKind kind) {
        Map<String, Cell> best = new HashMap<>();
        weeks.forEach(week -> week.cells(kind).forEach((item, cell) -> best.merge(item, cell,
                (a, b) -> b.people() > a.people() && b.label().isPresent() || a.label().isEmpty() ? b : a)));
        Map<String, String> labels = new LinkedHashMap<>();
        best.forEach((item, cell) -> labels.put(item, cell.shown()));
        return labels;
    }

    private static Map<String, Integer> sorted(Map<String, Integer> sums) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
