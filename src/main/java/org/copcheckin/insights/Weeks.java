package org.copcheckin.insights;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** ISO weeks, Monday to Sunday, by their Monday. Pure. */
public final class Weeks {

    private Weeks() {
    }

    /** The Monday of the ISO week of the day. */
    public static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Whole weeks from the week of {@code first} to the week of {@code last}, both included. */
    public static int between(LocalDate first, LocalDate last) {
        return (int) ((startOf(last).toEpochDay() - startOf(first).toEpochDay()) / 7) + 1;
    }
}
