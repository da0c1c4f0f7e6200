package org.copcheckin.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    private static final QuietHours EVENING_TO_MORNING = QuietHours.DEFAULT;

    @Test
    void quietHoursRunOverMidnight() {
        assertThat(EVENING_TO_MORNING.contains(LocalTime.of(19, 59))).isFalse();
        assertThat(EVENING_TO_MORNING.contains(LocalTime.of(20, 0))).isTrue();
        assertThat(EVENING_TO_MORNING.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(EVENING_TO_MORNING.contains(LocalTime.of(8, 0))).isFalse();
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
        assertThat(lunch.contains(LocalTime.of(12, 30))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 0))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void aReminderDueOutsideQuietHoursGoesAtOnce() {
        Instant due = Instant.parse("2027-03-10T15:00:00Z"); // 10:00 in Toronto
        assertThat(EVENING_TO_MORNING.nextAllowed(due, TORONTO)).isEqualTo(due);
    }

    @Test
    void aReminderDueTheEveningBeforeSpringForwardWaitsUntilEightInDaylightTime() {
        // 21:00 EST on Saturday 13 March 2027; clocks go forward at 02:00 on Sunday
        Instant due = Instant.parse("2027-03-14T02:00:00Z");
        Instant allowed = EVENING_TO_MORNING.nextAllowed(due, TORONTO);
        assertThat(allowed).isEqualTo(Instant.parse("2027-03-14T12:00:00Z")); // 08:00 EDT, not 13:00 UTC
        assertThat(allowed.atZone(TORONTO).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(Duration.between(due, allowed)).isEqualTo(Duration.ofHours(10)); // the night is an hour short
    }

    @Test
    void aReminderDueTheEveningBeforeFallBackWaitsUntilEightInStandardTime() {
        // 23:00 EDT on Saturday 31 October 2026; clocks go back at 02:00 on Sunday
        Instant due = Instant.parse("2026-11-01T03:00:00Z");
        Instant allowed = EVENING_TO_MORNING.nextAllowed(due, TORONTO);
        assertThat(allowed).isEqualTo(Instant.parse("2026-11-01T13:00:00Z")); // 08:00 EST
        assertThat(Duration.between(due, allowed)).isEqualTo(Duration.ofHours(10)); // 9 hours on the wall, one repeated
    }

    @Test
    void aReminderDueInTheSmallHoursWaitsForTheSameMorning() {
        Instant due = Instant.parse("2027-03-14T06:30:00Z"); // 01:30 EST, half an hour before the clocks go forward
        assertThat(EVENING_TO_MORNING.nextAllowed(due, TORONTO)).isEqualTo(Instant.parse("2027-03-14T12:00:00Z"));
    }

    @Test
    void quietHoursEndingInsideTheSpringForwardGapEndAtTheFirstInstantAfterIt() {
        QuietHours untilHalfPastTwo = new QuietHours(LocalTime.of(22, 0), LocalTime.of(2, 30));
        Instant due = Instant.parse("2027-03-14T04:00:00Z"); // 23:00 EST
        assertThat(untilHalfPastTwo.nextAllowed(due, TORONTO)).isEqualTo(Instant.parse("2027-03-14T07:30:00Z"));
    }

    @Test
    void eachMemberIsQuietOnTheirOwnClock() {
        Instant due = Instant.parse("2027-01-12T02:30:00Z"); // 21:30 in Toronto, 03:30 in Paris, 18:30 in Los Angeles
        assertThat(EVENING_TO_MORNING.nextAllowed(due, ZoneId.of("America/Los_Angeles"))).isEqualTo(due);
        assertThat(EVENING_TO_MORNING.nextAllowed(due, TORONTO)).isEqualTo(Instant.parse("2027-01-12T13:00:00Z"));
        assertThat(EVENING_TO_MORNING.nextAllowed(due, ZoneId.of("Europe/Paris")))
                .isEqualTo(Instant.parse("2027-01-12T07:00:00Z"));
    }

    @Test
    void rangesAreReadAsTyped() {
        assertThat(QuietHours.parse("21:00-7:30")).contains(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 30)));
        assertThat(QuietHours.parse("25:00-07:00")).isEmpty();
        assertThat(QuietHours.parse("evenings")).isEmpty();
        assertThat(ReminderSetting.parseDelay("4h")).contains(Duration.ofHours(4));
        assertThat(ReminderSetting.parseDelay("1h30m")).contains(Duration.ofMinutes(90));
        assertThat(ReminderSetting.parseDelay("1d")).contains(Duration.ofDays(1));
        assertThat(ReminderSetting.parseDelay("soon")).isEmpty();
        assertThat(ReminderSetting.words(Duration.ofMinutes(90))).isEqualTo("1h30m");
        assertThat(ReminderSetting.words(Duration.ofHours(4))).isEqualTo("4h");
    }
}
