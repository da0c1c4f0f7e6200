package org.copcheckin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.Trigger;
import org.quartz.TriggerUtils;
import org.quartz.spi.OperableTrigger;

/**
 * The real Quartz triggers a schedule gets, evaluated across the March and November 2026 changes in New York:
 * no run is skipped and none is doubled.
 */
class DaylightSavingTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Every run between from and to: the cron trigger's, plus the DST fill-in runs planned after each run. */
    private static List<ZonedDateTime> runs(String when, String from, String to) {
        ScheduleSpec spec = ScheduleSpecParser.parse(when);
        Instant start = LocalDateTime.parse(from).atZone(NEW_YORK).toInstant();
        Instant end = LocalDateTime.parse(to).atZone(NEW_YORK).toInstant();
        Schedule schedule = new Schedule(1, 1, ScheduledAction.WORD, spec.describe(), spec.cron(), NEW_YORK, start);
        Trigger cron = QuartzSchedules.trigger(schedule);
        List<Instant> instants = new ArrayList<>(TriggerUtils.computeFireTimesBetween((OperableTrigger) cron, null,
                Date.from(start), Date.from(end)).stream().map(Date::toInstant).toList());
        Instant cursor = start;
        while (true) {
            var fill = DstGaps.nextSkippedRun(spec.cron(), NEW_YORK, cursor);
            if (fill.isEmpty() || fill.get().isAfter(end)) {
                break;
            }
            instants.add(fill.get());
            cursor = fill.get();
        }
        return instants.stream().sorted().map(i -> i.atZone(NEW_YORK)).toList();
    }

    @Test
    void weeklyMondayMorningKeepsItsLocalTimeAcrossBothChanges() {
        List<ZonedDateTime> runs = runs("weekly mon 09:00", "2026-02-23T00:00", "2026-11-17T00:00");
        assertThat(runs).hasSize(39).allSatisfy(run -> {
            assertThat(run.getHour()).isEqualTo(9);
            assertThat(run.getMinute()).isZero();
        });
        assertThat(runs).extracting(run -> run.toLocalDate().toString())
                .contains("2026-03-09", "2026-11-02").doesNotHaveDuplicates();
        assertThat(runs.get(1).getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThat(runs.get(2).getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void aRunInTheSpringForwardGapIsMovedToTheShiftedTimeNotSkipped() {
        List<ZonedDateTime> runs = runs("weekly sun 02:30", "2026-03-01T00:00", "2026-03-22T00:00");
        assertThat(runs).extracting(ZonedDateTime::toLocalDateTime).extracting(LocalDateTime::toString)
                .containsExactly("2026-03-01T02:30", "2026-03-08T03:30", "2026-03-15T02:30");
    }

    @Test
    void aRunInTheRepeatedFallBackHourRunsOnce() {
        List<ZonedDateTime> runs = runs("weekly sun 01:30", "2026-10-25T00:00", "2026-11-09T00:00");
        assertThat(runs).extracting(run -> run.toLocalDate().toString())
                .containsExactly("2026-10-25", "2026-11-01", "2026-11-08");
    }

    @Test
    void dailyRunsAcrossTheSpringChangeHappenEveryDay() {
        List<ZonedDateTime> runs = runs("daily 02:15", "2026-03-06T00:00", "2026-03-11T00:00");
        assertThat(runs).extracting(run -> run.toLocalDate().toString())
                .containsExactly("2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10");
    }

    @Test
    void schedulesOutsideTheGapNeedNoFillIn() {
        assertThat(DstGaps.nextSkippedRun("0 0 9 ? * MON", NEW_YORK, Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
        assertThat(DstGaps.nextSkippedRun("0 30 2 * * ?", ZoneId.of("UTC"), Instant.parse("2026-01-01T00:00:00Z"))).isEmpty();
    }
}
