package org.copcheckin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Reading a district's iCalendar feed with iCal4j: which events become skips, and what makes a feed unreadable. */
class IcsClosuresTest {

    @Test
    void anAllDayClosureBecomesASkipWithItsExclusiveEndTurnedIntoItsLastDay() throws FeedProblem {
        IcsClosures.Reading reading = IcsClosures.read(CalendarFixtures.DISTRICT, false);

        assertThat(reading.closures()).containsExactly(
                new IcsClosures.Closure(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4), "Winter Break - No School"),
                new IcsClosures.Closure(LocalDate.of(2027, 1, 18), LocalDate.of(2027, 1, 18),
                        "Martin Luther King Jr. Day (holiday – schools closed)"));
    }

    @Test
    void timedEventsNeverCountAndAllDayEventsThatAreNotClosuresCountOnlyWhenAllAreAskedFor() throws FeedProblem {
        IcsClosures.Reading closuresOnly = IcsClosures.read(CalendarFixtures.DISTRICT, false);
        assertThat(closuresOnly.timed()).isEqualTo(1);
        assertThat(closuresOnly.allDayOthers()).isEqualTo(1);

        IcsClosures.Reading all = IcsClosures.read(CalendarFixtures.DISTRICT, true);
        assertThat(all.closures()).extracting(IcsClosures.Closure::label).contains("Picture Day")
                .doesNotContain("School Board Meeting", "Snow day - closed");
        assertThat(all.allDayOthers()).isZero();
    }

    @Test
    void aDateThatIsNotADateMakesTheWholeFeedUnreadable() {
        assertThatThrownBy(() -> IcsClosures.read(CalendarFixtures.BAD_DATE, false)).isInstanceOf(FeedProblem.class)
                .hasMessageContaining("not");
    }

    @Test
    void anEventThatEndsBeforeItStartsMakesTheWholeFeedUnreadable() {
        assertThatThrownBy(() -> IcsClosures.read(CalendarFixtures.BACKWARDS, false)).isInstanceOf(FeedProblem.class)
                .hasMessage("an event (\"Spring Break\") ends (2027-03-29) before it starts (2027-04-05)");
    }

    @Test
    void textThatIsNotICalendarIsRefused() {
        assertThatThrownBy(() -> IcsClosures.read("BEGIN:VCALENDAR\r\nthis is not\r\n", false))
                .isInstanceOf(FeedProblem.class).hasMessageStartingWith("the feed is not valid iCalendar");
    }

    @Test
    void repeatingAllDayEventsAreCountedAndLeftToTheFacilitator() throws FeedProblem {
        String feed = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", "BEGIN:VEVENT",
                "UID:r@t", "DTSTAMP:20260801T120000Z", "DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY",
                "SUMMARY:Christmas Day", "END:VEVENT", "END:VCALENDAR", "");
        IcsClosures.Reading reading = IcsClosures.read(feed, false);
        assertThat(reading.closures()).isEmpty();
        assertThat(reading.repeating()).isEqualTo(1);
    }

    @Test
    void frenchAndSpanishSummariesMarkClosuresToo() {
        assertThat(IcsClosures.CLOSURE.matcher("Vacances de Noël").find()).isTrue();
        assertThat(IcsClosures.CLOSURE.matcher("Journée pédagogique - école fermée").find()).isTrue();
        assertThat(IcsClosures.CLOSURE.matcher("Día feriado").find()).isTrue();
        assertThat(IcsClosures.CLOSURE.matcher("Receso de primavera").find()).isTrue();
        assertThat(IcsClosures.CLOSURE.matcher("Back to School Night").find()).isFalse();
        assertThat(IcsClosures.CLOSURE.matcher("Breakfast with the board").find()).isFalse();
    }
}
