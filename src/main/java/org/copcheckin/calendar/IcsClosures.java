package org.copcheckin.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.copcheckin.community.Wording;

/**
 * Reads the closed days of an iCalendar feed with iCal4j. The rule: only all-day events count (DTSTART with
 * VALUE=DATE; DTEND is the day after the last, as RFC 5545 says, or DURATION in days; neither means one day), and of
 * those only the ones whose summary marks a closure ("Winter Break", "No School", "Thanksgiving Recess", "Vacances
 * de Noël", "Día feriado") unless every all-day event is asked for. Timed events (a board meeting, a game) never
 * count; nor do cancelled events. Repeating all-day events are counted and left to the facilitator, since
 * a feed's rule can run for years. A date that is not a date, or an event that ends before it starts, makes the whole
 * feed unreadable: nothing is taken from a feed that is partly wrong. Pure.
 */
final class IcsClosures {

    /** Words a district's summary uses for a day without school, in English, French and Spanish. */
    static final Pattern CLOSURE = Pattern.compile("(?iu)\\b(break|holidays?|vacations?|recess|closed|closure|"
            + "no school|no classes|school out|day off|days off|thanksgiving|christmas|new year'?s?|spring break|"
            + "vacances|congés?|fériés?|fermée?s?|fermeture|relâche|"
            + "vacaciones|feriados?|festivos?|cerrad[oa]s?|receso|asueto|no hay clases|sin clases)\\b");

    /** A closed range read from the feed, first and last day included. */
    record Closure(LocalDate first, LocalDate last, String label) {
    }

    /** What the feed held. */
    record Reading(List<Closure> closures, int allDayOthers, int timed, int repeating) {
    }

    private IcsClosures() {
    }

    static Reading read(String text, boolean everyAllDayEvent) throws FeedProblem {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new FeedProblem("calendar.ics.invalid.line", e.getLineNo());
        } catch (IOException | RuntimeException e) {
            throw new FeedProblem("calendar.ics.invalid", e.getClass().getSimpleName());
        }
        List<Closure> closures = new ArrayList<>();
        int others = 0;
        int timed = 0;
        int repeating = 0;
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (VEvent event : events) {
            String summary = event.<Property>getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
            if (event.<Property>getProperty(Property.STATUS).map(Property::getValue)
                    .filter(status -> status.equalsIgnoreCase("CANCELLED")).isPresent()) {
                continue;
            }
            Optional<LocalDate> start = day(event, Property.DTSTART, summary);
            if (start.isEmpty()) {
                timed++;
                continue;
            }
            if (event.getProperty(Property.RRULE).isPresent() || event.getProperty(Property.RDATE).isPresent()) {
                repeating++;
                continue;
            }
            if (!everyAllDayEvent && !CLOSURE.matcher(summary).find()) {
                others++;
                continue;
            }
            LocalDate last = lastDay(event, start.get(), summary);
            closures.add(new Closure(start.get(), last, SkipLabel.fromSummary(summary)));
        }
        return new Reading(List.copyOf(closures), others, timed, repeating);
    }

    /** The day of a DATE-valued property, or empty when it holds a time (a timed event). */
    private static Optional<LocalDate> day(VEvent event, String name, String summary) throws FeedProblem {
        Optional<Property> property = event.getProperty(name);
        if (property.isEmpty()) {
            if (name.equals(Property.DTSTART)) {
                throw new FeedProblem("calendar.ics.no.start", named(summary));
            }
            return Optional.empty();
        }
        try {
            Temporal value = property.get() instanceof DateProperty<?> date ? date.getDate() : null;
            return value instanceof LocalDate day ? Optional.of(day) : Optional.empty();
        } catch (DateTimeException e) {
            throw new FeedProblem("calendar.ics.not.date", named(summary), name,
                    shortened(property.get().getValue()));
        }
    }

    private static LocalDate lastDay(VEvent event, LocalDate start, String summary) throws FeedProblem {
        Optional<LocalDate> end = day(event, Property.DTEND, summary);
        LocalDate last = start;
        if (end.isPresent()) {
            last = end.get().minusDays(1); // DTEND is exclusive
            if (end.get().isBefore(start)) {
                throw new FeedProblem("calendar.ics.ends.before", named(summary), end.get(), start);
            }
            if (last.isBefore(start)) {
                last = start; // DTEND equal to DTSTART: a one-day event, as many feeds write it
            }
        } else if (event.getProperty(Property.DURATION).isPresent()) {
            TemporalAmount amount = event.getDuration().getDuration();
            long days = amount instanceof Period period ? period.toTotalMonths() * 30 + period.getDays()
                    : amount instanceof java.time.Duration duration ? duration.toDays() : 1;
            if (days < 0) {
                throw new FeedProblem("calendar.ics.negative", named(summary));
            }
            last = start.plusDays(Math.max(days, 1) - 1);
        }
        return last;
    }

    /** "an event", or "an event ("Spring Break")", in the language it is answered in. */
    static Wording named(String summary) {
        return summary.isBlank() ? Wording.of("calendar.event") : Wording.of("calendar.event.named",
                SkipLabel.fromSummary(summary));
    }

    private static String shortened(String value) {
        String text = value == null ? "" : value.toLowerCase(Locale.ROOT).length() > 40 ? value.substring(0, 40) : value;
        return text;
    }
}
