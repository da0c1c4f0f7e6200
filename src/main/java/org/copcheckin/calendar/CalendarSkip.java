package org.copcheckin.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days of a community's calendar on which its scheduled runs do not run, first and last day included, in the
 * community's time zone; the label is a facilitator's or a district feed's own short words ("winter break").
 */
public record CalendarSkip(long id, long communityId, LocalDate firstDay, LocalDate lastDay, String label) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return !lastDay.isBefore(from) && !firstDay.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }
}
