package org.copcheckin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.copcheckin.support.Fixtures.adminCommand;
import static org.copcheckin.support.Fixtures.channel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.copcheckin.calendar.SchoolCalendar;
import org.copcheckin.commands.CommandHandler;
import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real Quartz on H2: a scheduled run on a day the school calendar skips does not run, and status says why. */
@CoreSpringTest
class CalendarSkipsTest {

    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Autowired
    Schedules schedules;
    @Autowired
    ScheduledRuns runs;
    @Autowired
    SchoolCalendar calendar;
    @Autowired
    Communities communities;
    @Autowired
    CommandHandler commands;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    MutableClock clock;

    @AfterEach
    void reset() {
        platform.reset();
        clock.set(Instant.now());
    }

    @Test
    void aWeeklyScheduleOverAWinterBreakSkipsEachRunInTheBreakAndRunsAgainAfterIt() {
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
        Community community = communities.findOrCreate(channel("C-" + System.nanoTime()));
        communities.changeZone(community.id(), LOS_ANGELES);
        community = communities.find(community.id()).orElseThrow();
        Schedule weekly = schedules.add(community, ScheduledAction.WORD, ScheduleSpecParser.parse("weekly mon 09:00"),
                LOS_ANGELES);
        assertThat(calendar.skip(community, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4), "winter break"))
                .isInstanceOf(SchoolCalendar.Result.Added.class);

        List<LocalDate> mondays = List.of(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 21),
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 11));
        for (LocalDate monday : mondays) {
            Instant nine = ZonedDateTime.of(monday, LocalTime.of(9, 0), LOS_ANGELES).toInstant();
            clock.set(nine);
            runs.fire(weekly.id(), nine, nine, false);
        }

        assertThat(schedules.runs(weekly.id())).extracting(RunRecord::outcome).containsExactlyInAnyOrder(
                RunOutcome.DONE, RunOutcome.SKIPPED, RunOutcome.SKIPPED, RunOutcome.SKIPPED, RunOutcome.DONE);
        assertThat(schedules.runs(weekly.id())).filteredOn(run -> run.outcome() == RunOutcome.SKIPPED)
                .extracting(RunRecord::detail).containsOnly("school calendar: winter break");
        assertThat(platform.sent("post")).hasSize(2);
        schedules.remove(community, weekly.id());
    }

    @Test
    void aSkipIsReadInTheCommunitysZoneNotUtc() {
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
        Community community = communities.findOrCreate(channel("C-" + System.nanoTime()));
        communities.changeZone(community.id(), LOS_ANGELES);
        community = communities.find(community.id()).orElseThrow();
        Schedule daily = schedules.add(community, ScheduledAction.WORD, ScheduleSpecParser.parse("daily 17:00"),
                LOS_ANGELES);
        calendar.skip(community, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24), "Christmas Eve");

        // 17:00 in Los Angeles on the 24th is already the 25th in UTC: the run is still the 24th's, and skipped
        Instant eve = ZonedDateTime.of(LocalDate.of(2026, 12, 24), LocalTime.of(17, 0), LOS_ANGELES).toInstant();
        clock.set(eve);
        assertThat(runs.fire(daily.id(), eve, eve, false)).isEqualTo(RunOutcome.SKIPPED);
        Instant day = eve.plus(Duration.ofDays(1));
        clock.set(day);
        assertThat(runs.fire(daily.id(), day, day, false)).isEqualTo(RunOutcome.DONE);
        schedules.remove(community, daily.id());
    }

    @Test
    void quartzFiringOnASkippedDayRecordsTheSkipAndStatusShowsItWithTheBreaksAhead() {
        Community community = communities.findOrCreate(channel("C-" + System.nanoTime()));
        LocalDate today = LocalDate.now(community.zone());
        calendar.skip(community, today.minusDays(1), today.plusDays(1), "winter break");
        Schedule everySecond = schedules.add(community, ScheduledAction.CHALLENGE, ScheduleSpecParser.parse("* * * * * ?"),
                community.zone());

        await().atMost(Duration.ofSeconds(15)).until(() -> schedules.runs(everySecond.id()).stream()
                .anyMatch(run -> run.outcome() == RunOutcome.SKIPPED));
        Schedule daily = schedules.add(community, ScheduledAction.WORD, ScheduleSpecParser.parse("daily 23:59"),
                community.zone());
        String status = commands.handle(adminCommand(community.channel(), "U-ADMIN", "status")).plainText();
        schedules.remove(community, everySecond.id());
        schedules.remove(community, daily.id());

        assertThat(schedules.runs(everySecond.id())).filteredOn(run -> run.outcome() != RunOutcome.RUNNING)
                .allSatisfy(run -> assertThat(run.detail()).isEqualTo("school calendar: winter break"));
        assertThat(platform.sent("post")).isEmpty();
        assertThat(status).contains("*School calendar*: scheduled runs skip").contains("(winter break)")
                .contains("skipped (school calendar: winter break)")
                .contains("falls in winter break: it will be skipped for the calendar");
    }
}
