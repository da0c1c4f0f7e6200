package org.copcheckin.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.copcheckin.community.Community;
import org.copcheckin.insights.TrendQuery;
import org.copcheckin.scheduling.Schedule;

/**
 * How much time a scheduled digest covers: the last finished week, or the finished weeks of the month or quarter
 * before the run (weeks are counted in the month their Monday falls in, so a week is never in two months). A
 * monthly or quarterly schedule brings the month's or quarter's digest. Pure.
 */
enum Coverage {
    WEEK, MONTH, QUARTER;

    /** The coverage a digest schedule asks for: {@code monthly ...} a month, {@code quarterly ...} a quarter. */
    static Coverage of(Schedule schedule) {
        String spec = schedule.spec();
        return spec.startsWith("quarterly") ? QUARTER : spec.startsWith("monthly") ? MONTH : WEEK;
    }

    /** The weeks a digest run today covers: the last finished week, or the month or quarter before today's. */
    TrendQuery period(Community community, LocalDate today) {
        if (this == WEEK) {
            return TrendQuery.finishedWeeksSince(community, today.minusDays(Digests.DEFAULT_DAYS), today);
        }
        LocalDate thisOne = start(today);
        return between(community, thisOne.minusMonths(months()), thisOne, today);
    }

    /**
     * The finished weeks of the month or quarter {@code day} falls in (none yet when its first week is not over);
     * weeks are counted in the month their Monday falls in.
     */
    TrendQuery periodOf(Community community, LocalDate day, LocalDate today) {
        if (this == WEEK) {
            throw new IllegalStateException("a week is asked for by its since day");
        }
        LocalDate start = start(day);
        return between(community, start, start.plusMonths(months()), today);
    }

    private LocalDate start(LocalDate day) {
        return this == MONTH ? day.withDayOfMonth(1)
                : day.withDayOfMonth(1).withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
    }

    private int months() {
        return this == MONTH ? 1 : 3;
    }

    private static TrendQuery between(Community community, LocalDate first, LocalDate next, LocalDate today) {
        LocalDate firstMonday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = next.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastFinished = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate last = lastMonday.isAfter(lastFinished) ? lastFinished : lastMonday;
        if (last.isBefore(firstMonday.minusWeeks(1))) {
            last = firstMonday.minusWeeks(1); // none of its weeks is over yet
        }
        return new TrendQuery(community, firstMonday, last, false);
    }

    /** How the digest names what it covers ("the month of November 2026"). */
    String describe(TrendQuery period) {
        return describe(period, org.copcheckin.community.Language.EN);
    }

    String describe(TrendQuery period, org.copcheckin.community.Language l) {
        return switch (this) {
            case WEEK -> l.text("coverage.week");
            case MONTH -> l.text("coverage.month", period.firstWeek().getMonth().getDisplayName(
                    java.time.format.TextStyle.FULL, l.locale()), period.firstWeek().getYear());
            case QUARTER -> l.text("coverage.quarter", (period.firstWeek().getMonthValue() - 1) / 3 + 1,
                    period.firstWeek().getYear());
        };
    }
}
