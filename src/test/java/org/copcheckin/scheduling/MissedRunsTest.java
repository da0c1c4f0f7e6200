package org.copcheckin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MissedRunsTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String DAILY_NINE = "0 0 9 * * ?";

    @Test
    void anOnTimeFiringStandsForItsOwnTime() {
        Instant nine = Instant.parse("2026-11-23T09:00:00Z");
        MissedRuns.Slot slot = MissedRuns.slotFor(DAILY_NINE, UTC, Instant.parse("2026-11-22T09:00:00Z"), nine);
        assertThat(slot).isEqualTo(new MissedRuns.Slot(nine, 0));
        assertThat(MissedRuns.tooLate(slot, nine.plusMillis(40), Duration.ofHours(1))).isFalse();
    }

    @Test
    void aFiringAfterDowntimeStandsForTheLatestMissedTimeAndCountsTheEarlierOnes() {
        Instant lastRun = Instant.parse("2026-11-20T09:00:00Z");
        Instant restarted = Instant.parse("2026-11-23T09:20:00Z");
        MissedRuns.Slot slot = MissedRuns.slotFor(DAILY_NINE, UTC, lastRun, restarted);
        assertThat(slot.scheduledFor()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
        assertThat(slot.earlierMissed()).isEqualTo(2);
    }

    @Test
    void withinGraceItRunsBeyondGraceItIsSkipped() {
        MissedRuns.Slot slot = new MissedRuns.Slot(Instant.parse("2026-11-23T09:00:00Z"), 0);
        assertThat(MissedRuns.tooLate(slot, Instant.parse("2026-11-23T09:59:59Z"), Duration.ofHours(1))).isFalse();
        assertThat(MissedRuns.tooLate(slot, Instant.parse("2026-11-23T10:00:01Z"), Duration.ofHours(1))).isTrue();
        assertThat(MissedRuns.tooLate(slot, Instant.parse("2026-11-24T08:59:00Z"), Duration.ofHours(24))).isFalse();
    }

    @Test
    void aFiringWithNoCronTimeBehindItStandsForItself() {
        Instant fill = Instant.parse("2026-03-08T07:30:00Z");
        assertThat(MissedRuns.slotFor(DAILY_NINE, UTC, fill.minusSeconds(60), fill).scheduledFor()).isEqualTo(fill);
    }
}
