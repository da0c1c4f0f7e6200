package org.copcheckin.insights;

import java.time.LocalDate;

import org.copcheckin.community.Community;

/**
 * What a view asks the trend store for: a run of whole ISO weeks (a {@code since} day rounds down to its week's
 * Monday) and whether the current, unfinished week may be added. Only a facilitator's on-demand digest asks for
 * the week so far; exports, scheduled digests and dashboards read finished weeks only.
 *
 * @param firstWeek the Monday of the first week
 * @param lastWeek  the Monday of the last week (the week before the first one for no weeks at all); weeks after
 *                  the current one are never read
 */
public record TrendQuery(Community community, LocalDate firstWeek, LocalDate lastWeek, boolean weekSoFar) {

    public TrendQuery {
        firstWeek = Weeks.startOf(firstWeek);
        lastWeek = Weeks.startOf(lastWeek);
        if (lastWeek.isBefore(firstWeek.minusWeeks(1))) {
            throw new IllegalArgumentException("The last week comes before the first");
        }
    }

    /** Finished weeks from the week of {@code since} to the week before {@code today}'s (none when since is this week). */
    public static TrendQuery finishedWeeksSince(Community community, LocalDate since, LocalDate today) {
        LocalDate current = Weeks.startOf(today);
        LocalDate first = Weeks.startOf(since);
        return new TrendQuery(community, first.isAfter(current) ? current : first, current.minusWeeks(1), false);
    }

    /** The {@code count} weeks ending with the week of {@code lastWeek}. */
    public static TrendQuery weeksEnding(Community community, LocalDate lastWeek, int count) {
        LocalDate last = Weeks.startOf(lastWeek);
        return new TrendQuery(community, last.minusWeeks(count - 1L), last, false);
    }

    /** The same weeks and the current week so far (on-demand digests only). */
    public TrendQuery withWeekSoFar(LocalDate today) {
        LocalDate current = Weeks.startOf(today);
        return new TrendQuery(community, firstWeek.isAfter(current) ? current : firstWeek, current, true);
    }

    /** How many weeks the query covers (0 when it has none). */
    public int weekCount() {
        return (int) ((lastWeek.toEpochDay() - firstWeek.toEpochDay()) / 7) + 1;
    }
}
