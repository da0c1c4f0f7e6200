package org.copcheckin.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.copcheckin.community.Communities;
import org.copcheckin.community.Community;
import org.copcheckin.platform.ChannelRef;
import org.copcheckin.platform.PlatformKind;
import org.copcheckin.platform.RecordingChatPlatform;
import org.copcheckin.support.CoreSpringTest;
import org.copcheckin.support.HeldElsewhere;
import org.copcheckin.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A run that fires on a replica which does not hold its community's connection (another Discord shard) is
 * handed over through the database and carried out by the replica that does, once; one that waits longer than
 * its grace is recorded as skipped with the reason.
 */
@CoreSpringTest
class HandedOverRunsTest {

    /** Held on "another replica" by the shared {@link HeldElsewhere} placement until a test moves it here. */
    private static final String ELSEWHERE = HeldElsewhere.WORKSPACE;

    @Autowired
    Schedules schedules;
    @Autowired
    ScheduledRuns runs;
    @Autowired
    Communities communities;
    @Autowired
    RecordingChatPlatform platform;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    HeldElsewhere placement;

    /** The shared context's platform and clock as a context of its own would start: nothing sent, the clock now. */
    @BeforeEach
    @AfterEach
    void reset() {
        placement.here.set(false);
        platform.reset();
        clock.set(Instant.now());
    }

    @Test
    void aRunHeldElsewhereWaitsInTheDatabaseAndIsCarriedOutOnceWhereItsConnectionIs() {
        Community community = communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, ELSEWHERE, "C-" + System.nanoTime()));
        Schedule everySecond = schedules.add(community, ScheduledAction.WORD, ScheduleSpecParser.parse("* * * * * ?"),
                ZoneId.of("UTC"));

        await().atMost(Duration.ofSeconds(15)).until(() -> schedules.runs(everySecond.id()).stream()
                .anyMatch(run -> ScheduledRuns.HANDED_OVER.equals(run.detail())));
        assertThat(platform.sent("post")).isEmpty();
        assertThat(handovers(everySecond)).isPositive();

        List<Instant> handedOver = schedules.runs(everySecond.id()).stream()
                .filter(run -> ScheduledRuns.HANDED_OVER.equals(run.detail())).map(RunRecord::scheduledFor).toList();

        placement.here.set(true);
        // the handed-over runs are carried out here, and every run is carried out exactly once: one post each
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<RunRecord> now = schedules.runs(everySecond.id());
            assertThat(handovers(everySecond)).isZero();
            assertThat(now).filteredOn(run -> handedOver.contains(run.scheduledFor()))
                    .hasSize(handedOver.size()).allMatch(run -> run.outcome() == RunOutcome.DONE);
            assertThat(now).noneMatch(run -> run.outcome() == RunOutcome.FAILED || run.outcome() == RunOutcome.RUNNING);
            assertThat(platform.sent("post")).hasSize((int) now.stream().filter(run -> run.outcome() == RunOutcome.DONE).count());
        });
        schedules.remove(community, everySecond.id());
    }

    @Test
    void aRunThatWaitedLongerThanItsGraceIsSkippedWithTheReason() {
        Community community = communities.findOrCreate(new ChannelRef(PlatformKind.SLACK, ELSEWHERE, "C-" + System.nanoTime()));
        Schedule weekly = schedules.add(community, ScheduledAction.WORD, ScheduleSpecParser.parse("weekly mon 09:00"),
                ZoneId.of("UTC"));
        Instant twoHoursAgo = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        jdbc.sql("INSERT INTO schedule_run (schedule_id, scheduled_for, started_at, outcome, detail) VALUES (?, ?, ?, ?, ?)")
                .params(weekly.id(), Timestamp.from(twoHoursAgo), Timestamp.from(twoHoursAgo), "RUNNING",
                        ScheduledRuns.HANDED_OVER).update();
        jdbc.sql("INSERT INTO run_handover (schedule_id, scheduled_for, community_id, handed_at, earlier_missed) "
                + "VALUES (?, ?, ?, ?, 0)").params(weekly.id(), Timestamp.from(twoHoursAgo), community.id(),
                Timestamp.from(twoHoursAgo)).update();

        placement.here.set(true);
        await().atMost(Duration.ofSeconds(15)).until(() -> handovers(weekly) == 0);

        assertThat(schedules.runs(weekly.id())).singleElement().satisfies(run -> {
            assertThat(run.outcome()).isEqualTo(RunOutcome.SKIPPED);
            assertThat(run.detail()).contains("away for longer than the grace (60 min)");
        });
        assertThat(platform.sent("post")).isEmpty();
        schedules.remove(community, weekly.id());
    }

    private int handovers(Schedule schedule) {
        return jdbc.sql("SELECT COUNT(*) FROM run_handover WHERE schedule_id = ?").param(schedule.id())
                .query(Integer.class).single();
    }
}
