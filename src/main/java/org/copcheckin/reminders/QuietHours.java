package org.copcheckin.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours of a member's local day when no reminder is sent, from {@code start} up to {@code end}; they may run
 * over midnight (20:00-08:00). Equal times mean no quiet hours. All the arithmetic is on the wall clock of the
 * member's zone, so a daylight-saving change moves the instant, never the local hour.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0));
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("H:mm");

    /** {@code 20:00-08:00}; empty when it is not a range of two times. */
    public static Optional<QuietHours> parse(String text) {
        Matcher range = RANGE.matcher(text == null ? "" : text.strip());
        if (!range.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QuietHours(LocalTime.parse(range.group(1), HH_MM),
                    LocalTime.parse(range.group(2), HH_MM)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * The first instant at or after {@code at} outside the quiet hours of {@code zone}: {@code at} itself, or the
     * local end of the quiet hours (on the next day when they started the evening before). An end that falls in a
     * spring-forward gap is the first instant after it.
     */
    public Instant nextAllowed(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        LocalDate day = local.toLocalDate();
        if (start.isAfter(end) && !local.toLocalTime().isBefore(start)) {
            day = day.plusDays(1); // in the evening part: the quiet hours end tomorrow morning
        }
        return ZonedDateTime.of(day, end, zone).toInstant();
    }

    /** {@code 20:00-08:00} */
    public String words() {
        return start + "-" + end;
    }
}
